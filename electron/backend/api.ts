import type { z } from 'zod';
import { contract, isMethodName, type Contract, type MethodOutput } from '../../shared/api/contract';
import { fail, ok, type FieldErrors, type Result } from '../../shared/api/result';
import { MALFORMED_TEXT_MESSAGE, malformedTextPath } from '../../shared/domain/text';
import { isHostOnlyMethod, type HostOnlyMethodName } from '../../shared/api/transport';
import { agendaHandlers } from './agenda/handlers';
import { auditsHandlers } from './audits/handlers';
import { certificationsHandlers } from './certifications/handlers';
import { documentsHandlers } from './documents/handlers';
import { ServiceError, fromSqliteError } from './errors';
import { filesHandlers } from './files/handlers';
import type { FileOnDisk } from './fileOnDisk';
import type { Api, Handlers } from './handlers';
import { historyHandlers } from './history/handlers';
import { identityHandlers } from './identity/handlers';
import { firstStepsHandlers } from './first-steps/handlers';
import { createExampleHandlers } from './example/handlers';
import { importsHandlers } from './imports/handlers';
import { searchHandlers } from './search/handlers';
import { appHandlers } from './app/handlers';
import { organisationHandlers } from './organisation/handlers';
import { backupsHandlers } from './backups/handlers';
import { datafileHandlers } from './datafile/handlers';
import { readOnlyError } from './datafile/checks';
import { peopleHandlers } from './people/handlers';
import { processesHandlers } from './processes/handlers';
import { referentialsHandlers } from './referentials/handlers';
import { nonconformitiesHandlers } from './nonconformities/handlers';
import { packHandlers } from './pack/handlers';
import { actionsHandlers } from './actions/handlers';
import { complaintsHandlers } from './complaints/handlers';
import { suggestionsHandlers } from './suggestions/handlers';
import { indicatorsHandlers, objectivesHandlers } from './indicators/handlers';
import { managementReviewHandlers } from './management-review/handlers';
import { competencesHandlers } from './competences/handlers';
import { providersHandlers } from './providers/handlers';
import { surveysHandlers } from './surveys/handlers';
import { readinessHandlers } from './readiness/handlers';
import { issuesHandlers } from './issues/handlers';
import { partiesHandlers } from './parties/handlers';
import { risksHandlers } from './risks/handlers';
import { watchHandlers } from './watch/handlers';
import { groupHandlers } from './group/handlers';
import { groupRequestsHandlers } from './group/requests-handlers';
import type { Session } from './session';
import { createUndoHandlers } from './undo/handlers';
import { changesRecords, readBefore, rememberChange } from './undo/remember';

/** The handler table: one entry per contract method (the typechecker refuses a missing one). */
const handlers: Handlers = {
  ...appHandlers,
  ...organisationHandlers,
  ...identityHandlers,
  ...firstStepsHandlers,
  // The example writes through a contract of its own session: this API's, on that session.
  ...createExampleHandlers((writer) => createApi(writer, writer.config.log ?? console.error)),
  ...importsHandlers,
  ...datafileHandlers,
  ...backupsHandlers,
  ...peopleHandlers,
  ...processesHandlers,
  ...documentsHandlers,
  ...historyHandlers,
  ...searchHandlers,
  ...agendaHandlers,
  ...certificationsHandlers,
  ...auditsHandlers,
  ...nonconformitiesHandlers,
  ...actionsHandlers,
  ...complaintsHandlers,
  ...suggestionsHandlers,
  ...indicatorsHandlers,
  ...objectivesHandlers,
  ...managementReviewHandlers,
  ...competencesHandlers,
  ...providersHandlers,
  ...surveysHandlers,
  ...readinessHandlers,
  ...issuesHandlers,
  ...partiesHandlers,
  ...risksHandlers,
  ...watchHandlers,
  ...filesHandlers,
  ...referentialsHandlers,
  ...packHandlers,
  ...groupHandlers,
  ...groupRequestsHandlers,
  // Undo writes through this API too, so the undone change follows its own rules and history.
  ...createUndoHandlers((session) => createApi(session, session.config.log ?? console.error)),
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

export type { Api };

/** What a host adds for the methods only it can answer (Electron: open a file with the system's application). */
export type HostHandlers = {
  [K in HostOnlyMethodName]: (input: z.output<Contract[K]['input']>, session: Session) => Promise<MethodOutput<K>>;
};

const UNSUPPORTED_MESSAGE =
  'Cette opération n’est possible que dans l’application de bureau Sève, pas dans le navigateur. Pour un fichier, utilisez « Télécharger ».';

/**
 * Downloads the HTTP host sends from a file on disk, piece by piece, instead of through `invoke`
 * (which answers the bytes in memory): a 1 Go evidence pack never sits whole in the server.
 */
const streamedDownloads: {
  [K in StreamedDownloadMethod]: (input: z.output<Contract[K]['input']>, session: Session) => FileOnDisk;
} = {
  'pack.download': (input, session) => session.pack.downloadFile(input.jobId),
};
export type StreamedDownloadMethod = 'pack.download';
const isStreamedDownload = (method: string): method is StreamedDownloadMethod => Object.hasOwn(streamedDownloads, method);

/** Parses every input against the contract, runs the handler, and turns every outcome into a Result. */
export const createApi = (session: Session, log: Logger, hostHandlers: Partial<HostHandlers> = {}): Api => {
  const run = async (method: string, rawInput: unknown, streamed: boolean): Promise<Result<unknown>> => {
    if (!isMethodName(method)) return fail('unknown_method', `Opération inconnue : « ${method.slice(0, 80)} ».`);
    // Checked for every method at once, before the schemas: no field of any input may carry broken text.
    const malformed = malformedTextPath(rawInput);
    if (malformed !== null) {
      return fail('invalid_input', MALFORMED_TEXT_MESSAGE, { [malformed.join('.') || '_']: MALFORMED_TEXT_MESSAGE });
    }
    const parsed = contract[method].input.safeParse(rawInput === undefined ? {} : rawInput);
    if (!parsed.success) {
      return fail('invalid_input', 'Certaines informations sont invalides : corrigez les champs signalés.', fieldErrors(parsed.error));
    }
    // No change reaches a file before its integrity check: one asked for meanwhile waits for it.
    if (contract[method].writes) await session.untilChecked();
    // A read-only view (the file is open in another Sève, or found unfit) refuses every change before it reaches SQLite.
    if (contract[method].writes && session.isReadOnly()) {
      const refusal = readOnlyError(session.filePath(), session.readOnlyReason());
      return fail(refusal.code, refusal.message);
    }
    try {
      const table = streamed ? streamedDownloads : isHostOnlyMethod(method) ? hostHandlers : handlers;
      const handler = (table as Record<string, ((input: unknown, session: Session) => unknown) | undefined>)[method];
      if (handler === undefined) return fail('unsupported', UNSUPPORTED_MESSAGE);
      const remembers = contract[method].writes && changesRecords(method);
      const before = remembers ? readBefore(session.services(), method, parsed.data) : undefined;
      const value = await handler(parsed.data, session);
      // Committed: the automatic backup learns of it (at most one every 15 minutes), Ctrl+Z too.
      if (contract[method].writes) session.afterWrite();
      if (remembers) rememberChange(session.services(), method, parsed.data, value, before);
      return ok(value);
    } catch (error) {
      const known = error instanceof ServiceError ? error : fromSqliteError(error, session.filePath());
      if (known) return fail(known.code, known.message, known.fields);
      log(`Erreur interne pendant ${method}`, error);
      return fail(
        'internal',
        'Une erreur inattendue est survenue. Rien n’a été enregistré pour cette opération. Réessayez ; si cela se reproduit, redémarrez Sève.',
      );
    }
  };
  return {
    invoke: (method, rawInput) => run(method, rawInput, false),
    openDownload: (method, rawInput) => (isStreamedDownload(method) ? (run(method, rawInput, true) as Promise<Result<FileOnDisk>>) : null),
  };
};
