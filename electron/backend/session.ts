import type { AppInfo } from '../../shared/schemas/app';
import { openSeveFile, type OpenedFile } from './db/connection';
import { ServiceError, fromSqliteError } from './errors';
import { createDocumentControl } from './documents';
import { createFilesService } from './files/service';
import { createHistoryRepository } from './history/repository';
import { createSearchService } from './search/service';
import { createOrganisationService } from './organisation/service';
import { createPeopleService } from './people/service';
import { createProcessesService } from './processes/service';
import { createReferentialsService } from './referentials/service';
import { createImprovementLoop } from './nonconformities';
import { createPackJobs, type PackHostConfig } from './pack/jobs';
import { createDirection } from './management-review';

export type SessionConfig = {
  host: AppInfo['host'];
  appVersion: string;
  /** Who the history names for changes made in this session. */
  actor: string;
  now: () => Date;
  nativeBinding?: string;
  /** PDF exports (evidence packs): the worker script the host bundled; absent, `pack.*` answers `unsupported`. */
  pack?: PackHostConfig;
};

const createServices = (file: OpenedFile, config: SessionConfig) => {
  const ctx = { db: file.db, actor: config.actor, now: config.now };
  return {
    organisation: createOrganisationService(ctx),
    people: createPeopleService(ctx),
    processes: createProcessesService(ctx),
    ...createDocumentControl(ctx),
    ...createImprovementLoop(ctx),
    ...createDirection(ctx),
    referentials: createReferentialsService(ctx),
    files: createFilesService(ctx),
    history: createHistoryRepository(file.db),
    search: createSearchService(file.db),
  };
};

export type Services = ReturnType<typeof createServices>;

type State =
  { status: 'none' } | { status: 'open'; file: OpenedFile; services: Services } | { status: 'error'; path: string; error: ServiceError };

/** The data file a host is working on, and the services bound to it. */
export const createSession = (config: SessionConfig) => {
  let state: State = { status: 'none' };

  const close = (): void => {
    if (state.status === 'open') state.file.db.close();
    state = { status: 'none' };
  };

  const pack = createPackJobs({
    host: config.pack,
    nativeBinding: config.nativeBinding,
    actor: config.actor,
    now: config.now,
    log: (message, error) => console.error(message, error),
  });

  return {
    config,

    /** PDF generation jobs; each reads the open file through its own read-only connection. */
    pack,

    /** Opens a data file; a refusal is kept so the UI can explain it. */
    open: async (filePath: string): Promise<void> => {
      close();
      try {
        const file = await openSeveFile(filePath, { now: config.now, nativeBinding: config.nativeBinding });
        const services = createServices(file, config);
        try {
          // A new file, or one just brought to schema 3, starts with ISO 9001:2015 loaded.
          services.referentials.seedShipped();
        } catch (error) {
          file.db.close();
          throw fromSqliteError(error, file.path) ?? error;
        }
        state = { status: 'open', file, services };
      } catch (error) {
        if (!(error instanceof ServiceError)) throw error;
        state = { status: 'error', path: filePath, error };
      }
    },

    close,

    /** Path of the file this session is about, open or refused ('' before any). */
    filePath: (): string => (state.status === 'open' ? state.file.path : state.status === 'error' ? state.path : ''),

    /** The services of the open file; throws `no_file_open` when there is none. */
    services: (): Services => {
      if (state.status === 'open') return state.services;
      const why = state.status === 'error' ? state.error.message : 'Aucun fichier n’est ouvert.';
      throw new ServiceError('no_file_open', why);
    },

    info: (): AppInfo => {
      const base = { appVersion: config.appVersion, host: config.host };
      if (state.status === 'open') {
        return {
          ...base,
          file: { status: 'open', path: state.file.path, schemaVersion: state.file.schemaVersion },
          organisationName: state.services.organisation.get().name,
        };
      }
      if (state.status === 'error') {
        return {
          ...base,
          file: { status: 'error', path: state.path, code: state.error.code, message: state.error.message },
          organisationName: null,
        };
      }
      return {
        ...base,
        file: { status: 'error', path: '', code: 'no_file_open', message: 'Aucun fichier n’est ouvert.' },
        organisationName: null,
      };
    },
  };
};

export type Session = ReturnType<typeof createSession>;
