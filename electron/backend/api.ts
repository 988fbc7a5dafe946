import type { z } from 'zod';
import { contract, isMethodName } from '../../shared/api/contract';
import { fail, ok, type FieldErrors, type Result } from '../../shared/api/result';
import { documentsHandlers } from './documents/handlers';
import { ServiceError, fromSqliteError } from './errors';
import type { Handlers } from './handlers';
import { historyHandlers } from './history/handlers';
import { appHandlers } from './organisation/handlers';
import { peopleHandlers } from './people/handlers';
import { processesHandlers } from './processes/handlers';
import { referentialsHandlers } from './referentials/handlers';
import type { Session } from './session';

/** The handler table: one entry per contract method (the typechecker refuses a missing one). */
const handlers: Handlers = {
  ...appHandlers,
  ...peopleHandlers,
  ...processesHandlers,
  ...documentsHandlers,
  ...historyHandlers,
  ...referentialsHandlers,
};

/** First message per field path, for forms to show beside each field. */
const fieldErrors = (error: z.ZodError): FieldErrors => {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    fields[key] ??= issue.message;
  }
  return fields;
};

export type Logger = (message: string, error: unknown) => void;

export type Api = { invoke: (method: string, rawInput: unknown) => Promise<Result<unknown>> };

/** Parses every input against the contract, runs the handler, and turns every outcome into a Result. */
export const createApi = (session: Session, log: Logger): Api => ({
  invoke: async (method, rawInput) => {
    if (!isMethodName(method)) return fail('unknown_method', `Opération inconnue : « ${method.slice(0, 80)} ».`);
    const parsed = contract[method].input.safeParse(rawInput === undefined ? {} : rawInput);
    if (!parsed.success) {
      return fail('invalid_input', 'Certaines informations sont invalides : corrigez les champs signalés.', fieldErrors(parsed.error));
    }
    try {
      const handler = handlers[method] as (input: unknown, session: Session) => unknown;
      return ok(handler(parsed.data, session));
    } catch (error) {
      const known = error instanceof ServiceError ? error : fromSqliteError(error, session.filePath());
      if (known) return fail(known.code, known.message, known.fields);
      log(`Erreur interne pendant ${method}`, error);
      return fail(
        'internal',
        'Une erreur inattendue est survenue. Rien n’a été enregistré pour cette opération. Réessayez ; si cela se reproduit, redémarrez Sève.',
      );
    }
  },
});
