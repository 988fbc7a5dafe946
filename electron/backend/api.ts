import type { z } from 'zod';
import { contract, isMethodName, type Contract, type MethodName, type MethodOutput } from '../../shared/api/contract';
import { fail, ok, type FieldErrors, type Result } from '../../shared/api/result';
import { ServiceError, fromSqliteError } from './errors';
import type { Session } from './session';

type Handlers = {
  [M in MethodName]: (input: z.output<Contract[M]['input']>, session: Session) => MethodOutput<M>;
};

/** The handler table: one entry per contract method, each a call into a service. */
const handlers: Handlers = {
  'app.info': (_input, session) => session.info(),
  'organisation.update': (input, session) => session.services().organisation.update(input),
  'people.list': (_input, session) => session.services().people.list(),
  'people.create': (input, session) => session.services().people.create(input),
  'people.update': (input, session) => session.services().people.update(input),
  'processes.list': (_input, session) => session.services().processes.list(),
  'processes.create': (input, session) => session.services().processes.create(input),
  'processes.update': (input, session) => session.services().processes.update(input),
  'documents.list': (input, session) => session.services().documents.list(input),
  'documents.get': (input, session) => session.services().documents.get(input.id),
  'documents.create': (input, session) => session.services().documents.create(input),
  'documents.update': (input, session) => session.services().documents.update(input),
  'history.forRecord': (input, session) => session.services().history.forRecord(input.entity, input.entityId),
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
