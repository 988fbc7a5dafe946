import type { AppInfo } from '../../shared/schemas/app';
import type { AutoBackup } from './backups/scheduler';
import type { BackupService } from './backups/service';
import { readOnlyError } from './datafile/checks';
import type { FileLock } from './db/lock';
import { ServiceError } from './errors';
import type { OpenState } from './session-activate';

export type SessionState = { status: 'none' } | OpenState | { status: 'error'; path: string; error: ServiceError };

/** The open file when it may be written to: it has its backups and holds its lock. */
export type WritableState = OpenState & { backups: BackupService; auto: AutoBackup; file: { lock: FileLock } };

const NO_FILE = 'Aucun fichier n’est ouvert.';

/** The file a session holds (open, refused, or none yet), what the screens are told of it, and who is told when it changes. */
export const createHeldFile = (app: Pick<AppInfo, 'appVersion' | 'host'>) => {
  let state: SessionState = { status: 'none' };
  const listeners = new Set<(info: AppInfo) => void>();

  const info = (): AppInfo => {
    const base = { appVersion: app.appVersion, host: app.host };
    if (state.status === 'open') {
      const { file } = state;
      return {
        ...base,
        file: {
          status: 'open',
          path: file.path,
          schemaVersion: file.schemaVersion,
          readOnly: file.readOnly,
          readOnlyReason: file.readOnlyReason,
          backupWarning: state.backupWarning,
        },
        organisationName: state.services.organisation.get().name,
      };
    }
    const error = state.status === 'error' ? { path: state.path, code: state.error.code, message: state.error.message } : null;
    return {
      ...base,
      file: { status: 'error', ...(error ?? { path: '', code: 'no_file_open', message: NO_FILE }) },
      organisationName: null,
    };
  };

  const current = (): OpenState => {
    if (state.status === 'open') return state;
    throw new ServiceError('no_file_open', state.status === 'error' ? state.error.message : NO_FILE);
  };

  return {
    state: (): SessionState => state,
    /** Holds another state; the one before must have been closed (or be kept open elsewhere). */
    hold: (next: SessionState): void => {
      state = next;
    },

    /** Lets the open file go: what followed its opening and its automatic backups stop, its connection and lock are released. */
    close: (): void => {
      if (state.status === 'open') {
        state.afterOpening.cancel();
        state.auto?.stop();
        state.file.db.close();
        state.file.lock?.release();
      }
      state = { status: 'none' };
    },

    info,

    /** Tells every listener what the screens now show. */
    changed: (): void => {
      const now = info();
      for (const listener of listeners) listener(now);
    },

    current,

    /** The open file when it may be written to, with its backups. */
    writable: (): WritableState => {
      const open = current();
      if (open.backups === null || open.auto === null || open.file.lock === null)
        throw readOnlyError(open.file.path, open.file.readOnlyReason);
      return open as WritableState;
    },

    /** Path of the file this session is about, open or refused ('' before any). */
    filePath: (): string => (state.status === 'open' ? state.file.path : state.status === 'error' ? state.path : ''),

    /** Called after every successful write: schedules the automatic backup. */
    afterWrite: (): void => {
      if (state.status === 'open') state.auto?.changed();
    },

    /** Told whenever the open file changes (the desktop app updates its title and recent menu). */
    onFileChanged: (listener: (info: AppInfo) => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};

export type HeldFile = ReturnType<typeof createHeldFile>;
