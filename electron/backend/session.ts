import fs from 'node:fs';
import path from 'node:path';
import type { AppInfo } from '../../shared/schemas/app';
import type { Reminders } from '../../shared/schemas/agenda';
import type { CopyResult, RecentFile } from '../../shared/schemas/datafile';
import { writeVerifiedCopy } from './backups/copy';
import { defaultBackupFolder } from './backups/names';
import type { AutoBackup, Timers } from './backups/scheduler';
import type { BackupService } from './backups/service';
import { createSessionBackups } from './backups/session-backups';
import { checkCopyTarget, readOnlyError } from './datafile/checks';
import { openSeveFile, type OpenedFile } from './db/connection';
import type { FileLock } from './db/lock';
import { migrations } from './db/migrations';
import { ServiceError } from './errors';
import { createSessionIdentity } from './identity/session-identity';
import { createImportJobs } from './imports/jobs';
import { createPreferences } from './prefs';
import { activateFile, UnfitForWriting, type OpenState } from './session-activate';
import type { Services } from './services';
import { createPackJobs, type PackHostConfig } from './pack/jobs';

export type SessionConfig = {
  host: AppInfo['host'];
  appVersion: string;
  /** The computer's account: the history keeps it beside the person chosen in Sève, and names it alone until someone is chosen. */
  account: string;
  now: () => Date;
  nativeBinding?: string;
  /** Folder of this computer's preferences (recent files, backup folders); absent: kept in memory only. */
  preferencesFolder?: string | null;
  /**
   * Whether the page may name paths itself: yes in browser mode, where the page is the only way to
   * choose a file; no in the desktop app, where paths come from native dialogs or the recent list.
   */
  typedPaths?: boolean;
  timers?: Timers;
  log?: (message: string, error: unknown) => void;
  /** Test seam: sees each connection opened for a data file (the full-disk test limits its size when no small disk can be mounted). */
  onConnection?: (db: OpenedFile['db']) => void;
  /** Where « Découvrir Sève avec un exemple » writes its files (a folder the user sees, apart from theirs). */
  examplesFolder?: string;
  /** PDF exports (evidence packs): the worker script the host bundled; absent, `pack.*` answers `unsupported`. */
  pack?: PackHostConfig;
};

type State = { status: 'none' } | OpenState | { status: 'error'; path: string; error: ServiceError };

export type OpenRequest = { readOnly?: boolean; create?: boolean };

const NO_FILE = 'Aucun fichier n’est ouvert.';

/** The data file a host is working on, the services bound to it, and its backups. */
export const createSession = (config: SessionConfig) => {
  let state: State = { status: 'none' };
  const preferences = createPreferences(config.preferencesFolder ?? null);
  const listeners = new Set<(info: AppInfo) => void>();
  const log = config.log ?? ((message: string, error: unknown) => console.error(message, error));

  const backupFolderOf = (dataFile: string): string => preferences.backupFolderOf(dataFile) ?? defaultBackupFolder(dataFile);

  const activate = (file: OpenedFile, openingBackup: boolean): Promise<OpenState> =>
    activateFile(file, openingBackup, {
      ...config,
      log,
      backupFolder: () => backupFolderOf(file.path),
      chosenPersonId: preferences.authorOf(file.path),
    });

  const openFile = async (filePath: string, request: OpenRequest): Promise<OpenState> => {
    const resolved = path.resolve(filePath);
    const exists = fs.existsSync(resolved);
    if (request.create && exists) {
      throw new ServiceError('conflict', `« ${resolved} » existe déjà : choisissez un autre nom, ou ouvrez ce fichier.`);
    }
    if (!request.create && request.create !== undefined && !exists) {
      throw new ServiceError('file_not_found', `« ${resolved} » est introuvable : il a peut-être été déplacé, renommé ou supprimé.`);
    }
    const openWith = (readOnly: boolean | undefined, readOnlyReason?: string) =>
      openSeveFile(resolved, {
        now: config.now,
        nativeBinding: config.nativeBinding,
        readOnly,
        readOnlyReason,
        backupFolder: backupFolderOf(resolved),
      });
    let next: OpenState;
    try {
      try {
        next = await activate(await openWith(request.readOnly), true);
      } catch (error) {
        if (!(error instanceof UnfitForWriting)) throw error;
        // Damaged while opening (the opening backup saw it): the inspection now finds it and says why.
        next = await activate(await openWith(true, error.message), false);
      }
    } catch (error) {
      if (error instanceof ServiceError) throw error;
      // Whatever else a file can hold that Sève did not foresee: a French refusal, never a crash.
      log(`Ouverture impossible : ${resolved}`, error);
      throw new ServiceError(
        'not_a_seve_file',
        `Sève n’a pas pu ouvrir « ${resolved} » : son contenu ne correspond pas à ce qu’un fichier Sève doit contenir (${error instanceof Error ? error.message.slice(0, 200) : 'erreur inconnue'}). Restaurez une sauvegarde (dossier Sauvegardes) ou une copie, ou choisissez un autre fichier.`,
      );
    }
    preferences.rememberOpened(next.file.path, config.now());
    return next;
  };

  const close = (): void => {
    if (state.status === 'open') {
      state.auto?.stop();
      state.file.db.close();
      state.file.lock?.release();
    }
    state = { status: 'none' };
  };

  const info = (): AppInfo => {
    const base = { appVersion: config.appVersion, host: config.host };
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

  const changed = (): void => {
    const current = info();
    for (const listener of listeners) listener(current);
  };

  const current = (): OpenState => {
    if (state.status === 'open') return state;
    throw new ServiceError('no_file_open', state.status === 'error' ? state.error.message : NO_FILE);
  };

  /** The open file when it may be written to, with its backups. */
  const writable = (): OpenState & { backups: BackupService; auto: AutoBackup; file: { lock: FileLock } } => {
    const open = current();
    if (open.backups === null || open.auto === null || open.file.lock === null)
      throw readOnlyError(open.file.path, open.file.readOnlyReason);
    return open as OpenState & { backups: BackupService; auto: AutoBackup; file: { lock: FileLock } };
  };

  const pack = createPackJobs({
    host: config.pack,
    nativeBinding: config.nativeBinding,
    // "Généré par" names whoever is the author when the PDF is asked for.
    actor: () => (state.status === 'open' ? state.author().name : config.account),
    now: config.now,
    log: (message, error) => console.error(message, error),
    leftoversFolder: config.preferencesFolder ? path.join(config.preferencesFolder, 'pdf-en-cours') : null,
  });

  return {
    config,

    /** PDF generation jobs; each reads the open file through its own read-only connection. */
    pack,

    /** Opens the file a host starts with; a refusal is kept so the UI can explain it and offer another file. */
    open: async (filePath: string): Promise<void> => {
      close();
      try {
        state = await openFile(filePath, {});
      } catch (error) {
        if (!(error instanceof ServiceError)) throw error;
        state = { status: 'error', path: path.resolve(filePath), error };
      }
      changed();
    },

    /**
     * Opens or creates another file. The current one stays open until the new one is ready, so a
     * refusal (locked, damaged, too new…) is thrown and changes nothing.
     */
    switchTo: async (filePath: string, request: OpenRequest): Promise<AppInfo> => {
      const resolved = path.resolve(filePath);
      const same = state.status === 'open' && state.file.path === resolved;
      if (same && !request.create && state.status === 'open' && state.file.readOnly === Boolean(request.readOnly)) return info();
      if (same && request.create) throw new ServiceError('conflict', `« ${resolved} » est le fichier ouvert : choisissez un autre nom.`);
      let previous: OpenRequest | null = null;
      if (state.status === 'open') {
        await state.auto?.flush();
        // The same file again (read-only ↔ writable): it must be let go before it can be taken again,
        // and taken back as it was if the other mode is refused (still locked elsewhere).
        if (state.file.path === resolved) {
          previous = { create: false, readOnly: state.file.readOnly };
          close();
        }
      }
      let next: OpenState;
      try {
        next = await openFile(resolved, request);
      } catch (error) {
        if (previous !== null) state = await openFile(resolved, previous).catch(() => state);
        throw error;
      }
      close();
      state = next;
      changed();
      return info();
    },

    close,

    /** Path of the file this session is about, open or refused ('' before any). */
    filePath: (): string => (state.status === 'open' ? state.file.path : state.status === 'error' ? state.path : ''),

    isReadOnly: (): boolean => state.status === 'open' && state.file.readOnly,

    /** Why Sève keeps the open file read-only by itself (null: writable, or only held by another Sève). */
    readOnlyReason: (): string | null => (state.status === 'open' ? state.file.readOnlyReason : null),

    /** The services of the open file; throws `no_file_open` when there is none. */
    services: (): Services => current().services,

    /** "Qui êtes-vous ?": who makes this session's changes, and the choice, remembered on this computer for this file. */
    identity: createSessionIdentity({ current, preferences, account: config.account }),

    /** Folder imports: scans kept by id, and the import job. */
    imports: createImportJobs({
      services: () => current().services,
      now: config.now,
      afterWrite: () => {
        if (state.status === 'open') state.auto?.changed();
      },
      log,
    }),

    /** « Premiers pas » hidden or shown on this computer for the open file. */
    firstSteps: {
      hidden: (): boolean => preferences.firstStepsHidden(current().file.path),
      setHidden: (hidden: boolean): void => preferences.setFirstStepsHidden(current().file.path, hidden),
    },

    info,

    /** Called after every successful write: schedules the automatic backup. */
    afterWrite: (): void => {
      if (state.status === 'open') state.auto?.changed();
    },

    recentFiles: (): RecentFile[] => preferences.read().recentFiles.map((entry) => ({ ...entry, exists: fs.existsSync(entry.path) })),

    /** This computer's reminder setting (desktop notifications, browser-mode banner). */
    reminders: {
      get: (): Reminders => ({ enabled: preferences.read().reminders, lastShownOn: preferences.read().lastReminderOn }),
      set: (enabled: boolean): Reminders => {
        preferences.setReminders(enabled);
        return { enabled, lastShownOn: preferences.read().lastReminderOn };
      },
      shown: (day: string): void => preferences.rememberReminder(day),
    },

    /** Paths this computer opened before: the only ones the desktop app's page may name itself. */
    isKnownPath: (filePath: string): boolean => {
      const resolved = path.resolve(filePath);
      const currentPath = state.status === 'open' ? state.file.path : state.status === 'error' ? state.path : null;
      return resolved === currentPath || preferences.read().recentFiles.some((entry) => entry.path === resolved);
    },

    backups: createSessionBackups({
      writable,
      migrations,
      author: () => (state.status === 'open' ? state.author() : { name: config.account, personId: null, account: config.account }),
      nativeBinding: config.nativeBinding,
      now: config.now,
      preferences,
      reopen: async (dataFile, lock) => {
        try {
          const file = await openSeveFile(dataFile, {
            now: config.now,
            nativeBinding: config.nativeBinding,
            lock,
            backupFolder: backupFolderOf(dataFile),
          });
          state = await activate(file, false);
          return state.services;
        } catch (error) {
          lock.release();
          state = {
            status: 'error',
            path: dataFile,
            error:
              error instanceof ServiceError
                ? error
                : new ServiceError('internal', 'Le fichier n’a pas pu être rouvert après la restauration.'),
          };
          throw error;
        } finally {
          changed();
        }
      },
    }),

    /** "Enregistrer une copie sous…": a verified copy elsewhere; Sève stays on the current file. */
    saveCopy: async (target: string, overwrite: boolean): Promise<CopyResult> => {
      const open = current();
      const resolved = path.resolve(target);
      checkCopyTarget(open.file.path, resolved, overwrite);
      const sizeBytes = await writeVerifiedCopy(open.file.db, resolved, { nativeBinding: config.nativeBinding, overwrite });
      return { path: resolved, sizeBytes };
    },

    /** Told whenever the open file changes (the desktop app updates its title and recent menu). */
    onFileChanged: (listener: (info: AppInfo) => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** Waits for a running automatic backup (tests, and before quitting). */
    idle: async (): Promise<void> => {
      if (state.status === 'open') await state.auto?.idle();
    },
  };
};

export type Session = ReturnType<typeof createSession>;
