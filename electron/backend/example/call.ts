import type { MethodInput, MethodOutput } from '../../../shared/api/contract';
import type { BackendMethodName, JsonMethodName } from '../../../shared/api/transport';
import { addDays } from 'date-fns';
import { fromCalendarDate, toCalendarDate, type CalendarDate } from '../../../shared/domain/dates';
import type { Result } from '../../../shared/api/result';
import { ServiceError } from '../errors';

type ExampleMethod = Extract<JsonMethodName, BackendMethodName>;

/** A contract call that answers the value or throws: the example is written through the same methods as the screens. */
export type Call = <M extends ExampleMethod>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

/** What the example is written through: the contract's handler table on the example's own session (`createApi`'s). */
export type Invoker = { invoke: (method: string, rawInput: unknown) => Promise<Result<unknown>> };

export const callThrough =
  (api: Invoker): Call =>
  async (method, input) => {
    const result = await api.invoke(method, input);
    if (!result.ok) throw new ServiceError(result.error.code, `L’exemple n’a pas pu être créé (${method}) : ${result.error.message}`);
    return result.value as MethodOutput<typeof method>;
  };

/** `today` moved by `days`: every date of the example is relative to the day it is created. */
export const daysFrom =
  (today: CalendarDate) =>
  (days: number): CalendarDate =>
    toCalendarDate(addDays(fromCalendarDate(today), days));
