import fs from 'node:fs';
import path from 'node:path';
import type { AppInfo } from '../../shared/schemas/app';
import { defaultBackupFolder } from './backups/names';
import { openSeveFile, type OpenedFile } from './db/connection';
import type { FileLock } from './db/lock';
import { ServiceError } from './errors';
import type { PreferencesStore } from './prefs';
import { activateFile, type ActivateDeps, type OpenState } from './session-activate';
import type { HeldFile, SessionState } from './session-file';
import type { Services } from './services';

export type OpenRequest = {
  readOnly?: boolean;
  create?: boolean;
  /** Why Sève itself holds the file read-only (its opening backup found it damaged). */
  readOnlyReason?: string;
};

/** What opening a file needs from the session's configuration. */
export type OpeningConfig = Omit<ActivateDeps, 'log' | 'backupFolder' | 'chosenPersonId' | 'onUnfit' | 'onChanged'> & {
  nativeBinding?: string;
};

type OpenerDeps = {
  config: OpeningConfig;
  log: ActivateDeps['log'];
  preferences: PreferencesStore;
  /** The session's answer to a file its opening backup found damaged (see `ActivateDeps.onUnfit`). */
  onUnfit: NonNullable<ActivateDeps['onUnfit']>;
  onChanged: () => void;
};

/** The French refusal of a file whose content Sève did not foresee: never a crash. */
const notASeveFile = (resolved: string, error: unknown): ServiceError =>
  new ServiceError(
    'not_a_seve_file',
    `Sève n’a pas pu ouvrir « ${resolved} » : son contenu ne correspond pas à ce qu’un fichier Sève doit contenir (${error instanceof Error ? error.message.slice(0, 200) : 'erreur inconnue'}). Restaurez une sauvegarde (dossier Sauvegardes) ou une copie, ou choisissez un autre fichier.`,
  );

/** Opens a data file into services and backups (its backup folder, the person chosen for it, the recent list). */
export const createFileOpener = ({ config, log, preferences, onUnfit, onChanged }: OpenerDeps) => {
  const backupFolderOf = (dataFile: string): string => preferences.backupFolderOf(dataFile) ?? defaultBackupFolder(dataFile);

  const activate = (file: OpenedFile, openingBackup: boolean): Promise<OpenState> =>
    activateFile(file, openingBackup, {
      ...config,
      log,
      backupFolder: () => backupFolderOf(file.path),
      backupBudget: () => preferences.backupBudgetOf(file.path),
      chosenPersonId: preferences.authorOf(file.path),
      onUnfit,
      onChanged,
    });

  /** Opens (or creates) a file and binds it; a file that is refused throws a French `ServiceError`. */
  const openFile = async (filePath: string, request: OpenRequest): Promise<OpenState> => {
    const resolved = path.resolve(filePath);
    const exists = fs.existsSync(resolved);
    if (request.create && exists) {
      throw new ServiceError('conflict', `« ${resolved} » existe déjà : choisissez un autre nom, ou ouvrez ce fichier.`);
    }
    if (!request.create && request.create !== undefined && !exists) {
      throw new ServiceError('file_not_found', `« ${resolved} » est introuvable : il a peut-être été déplacé, renommé ou supprimé.`);
    }
    let next: OpenState;
    try {
      const file = await openSeveFile(resolved, {
        now: config.now,
        nativeBinding: config.nativeBinding,
        readOnly: request.readOnly || request.readOnlyReason !== undefined,
        readOnlyReason: request.readOnlyReason,
        backupFolder: backupFolderOf(resolved),
        // With a backup worker, a large file answers before SQLite has read all of it (`afterOpening`).
        deferIntegrityCheck: config.backupWorker !== undefined,
      });
      next = await activate(file, true);
    } catch (error) {
      if (error instanceof ServiceError) throw error;
      // Whatever else a file can hold that Sève did not foresee: a French refusal, never a crash.
      log(`Ouverture impossible : ${resolved}`, error);
      throw notASeveFile(resolved, error);
    }
    preferences.rememberOpened(next.file.path, config.now());
    return next;
  };

  /** Reopens the file a restore has just written, with the lock the restore kept; a refusal lets the lock go. */
  const reopenRestored = async (dataFile: string, lock: FileLock): Promise<OpenState> => {
    try {
      const file = await openSeveFile(dataFile, {
        now: config.now,
        nativeBinding: config.nativeBinding,
        lock,
        backupFolder: backupFolderOf(dataFile),
      });
      return await activate(file, false);
    } catch (error) {
      lock.release();
      throw error;
    }
  };

  return { openFile, reopenRestored };
};

export type FileOpener = ReturnType<typeof createFileOpener>;

/** Which file the session holds: the first one a host opens, another one the user switches to, the one a restore rewrote. */
export const createFileSwitching = (held: HeldFile, { openFile, reopenRestored }: FileOpener) => ({
  /** Opens the file a host starts with; a refusal is kept so the UI can explain it and offer another file. */
  open: async (filePath: string): Promise<void> => {
    held.close();
    try {
      held.hold(await openFile(filePath, {}));
    } catch (error) {
      if (!(error instanceof ServiceError)) throw error;
      held.hold({ status: 'error', path: path.resolve(filePath), error });
    }
    held.changed();
  },

  /**
   * Opens or creates another file. The current one stays open until the new one is ready, so a
   * refusal (locked, damaged, too new…) is thrown and changes nothing.
   */
  switchTo: async (filePath: string, request: OpenRequest): Promise<AppInfo> => {
    const resolved = path.resolve(filePath);
    const state = held.state();
    const same = state.status === 'open' && state.file.path === resolved;
    if (same && !request.create && state.status === 'open' && state.file.readOnly === Boolean(request.readOnly)) return held.info();
    if (same && request.create) throw new ServiceError('conflict', `« ${resolved} » est le fichier ouvert : choisissez un autre nom.`);
    let previous: OpenRequest | null = null;
    if (state.status === 'open') {
      await state.auto?.flush();
      // The same file again (read-only ↔ writable): it must be let go before it can be taken again,
      // and taken back as it was if the other mode is refused (still locked elsewhere).
      if (state.file.path === resolved) {
        previous = { create: false, readOnly: state.file.readOnly };
        held.close();
      }
    }
    let next: OpenState;
    try {
      next = await openFile(resolved, request);
    } catch (error) {
      if (previous !== null) held.hold(await openFile(resolved, previous).catch((): SessionState => held.state()));
      throw error;
    }
    held.close();
    held.hold(next);
    held.changed();
    return held.info();
  },

  /**
   * The opening backup found the held file damaged: it is let go and held again as a read-only
   * view saying why (or its refusal kept for the error screen). A file no longer held is left alone.
   */
  demote: async (file: OpenedFile, unfit: string | ServiceError): Promise<void> => {
    const state = held.state();
    if (state.status !== 'open' || state.file !== file) return;
    held.close();
    try {
      if (unfit instanceof ServiceError) throw unfit;
      held.hold(await openFile(file.path, { readOnlyReason: unfit }));
    } catch (error) {
      held.hold({
        status: 'error',
        path: file.path,
        error: error instanceof ServiceError ? error : new ServiceError('not_a_seve_file', String(unfit)),
      });
    } finally {
      held.changed();
    }
  },

  /** After a restore: the rewritten file held again, or its refusal kept for the error screen. */
  reopen: async (dataFile: string, lock: FileLock): Promise<Services> => {
    try {
      const next = await reopenRestored(dataFile, lock);
      held.hold(next);
      return next.services;
    } catch (error) {
      held.hold({
        status: 'error',
        path: dataFile,
        error:
          error instanceof ServiceError ? error : new ServiceError('internal', 'Le fichier n’a pas pu être rouvert après la restauration.'),
      });
      throw error;
    } finally {
      held.changed();
    }
  },
});
