import path from 'node:path';
import type { AppInfo } from '../../shared/schemas/app';
import type { CopyResult } from '../../shared/schemas/datafile';
import { writeVerifiedCopy } from './backups/copy';
import type { Timers } from './backups/scheduler';
import { createSessionBackups } from './backups/session-backups';
import { checkCopyTarget } from './datafile/checks';
import type { OpenedFile } from './db/connection';
import { migrations } from './db/migrations';
import { createSessionIdentity } from './identity/session-identity';
import { createSessionGroup } from './group/session-group';
import { createImportJobs } from './imports/jobs';
import { createPackJobs, type PackHostConfig } from './pack/jobs';
import { createPreferences } from './prefs';
import { createComputerSettings } from './session-computer';
import { createHeldFile } from './session-file';
import { createFileOpener, createFileSwitching } from './session-open';
import type { Services } from './services';

export type { OpenRequest } from './session-open';

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
  /** The backup worker script the host bundled (copy and check off the main thread); absent, backups copy on this thread. */
  backupWorker?: string;
};

/** The data file a host is working on, the services bound to it, and its backups. */
export const createSession = (config: SessionConfig) => {
  const preferences = createPreferences(config.preferencesFolder ?? null);
  const log = config.log ?? ((message: string, error: unknown) => console.error(message, error));
  const held = createHeldFile(config);
  const opener = createFileOpener({
    config,
    log,
    preferences,
    // The switching is built from the opener: it is reached once a file is open, never while building.
    onUnfit: (file, unfit) => switching.demote(file, unfit),
    onChanged: () => held.changed(),
  });
  const switching = createFileSwitching(held, opener);
  const openState = () => {
    const state = held.state();
    return state.status === 'open' ? state : null;
  };

  return {
    config,

    /** PDF generation jobs; each reads the open file through its own read-only connection. */
    pack: createPackJobs({
      host: config.pack,
      nativeBinding: config.nativeBinding,
      // "Généré par" names whoever is the author when the PDF is asked for.
      actor: () => openState()?.author().name ?? config.account,
      now: config.now,
      log,
      leftoversFolder: config.preferencesFolder ? path.join(config.preferencesFolder, 'pdf-en-cours') : null,
    }),

    open: switching.open,
    switchTo: switching.switchTo,
    close: held.close,
    filePath: held.filePath,

    isReadOnly: (): boolean => openState()?.file.readOnly ?? false,

    /**
     * Before a change: the open file's deferred integrity check, started at once if it still waited
     * for the first screen (`AFTER_OPENING_DELAY_MS`). A file it finds unfit is held read-only by then.
     */
    untilChecked: (): Promise<void> => {
      const open = openState();
      open?.afterOpening.now();
      return open?.checked ?? Promise.resolve();
    },

    /** Why Sève keeps the open file read-only by itself (null: writable, or only held by another Sève). */
    readOnlyReason: (): string | null => openState()?.file.readOnlyReason ?? null,

    /** The services of the open file; throws `no_file_open` when there is none. */
    services: (): Services => held.current().services,

    /** "Qui êtes-vous ?": who makes this session's changes, and the choice, remembered on this computer for this file. */
    identity: createSessionIdentity({ current: held.current, preferences, account: config.account }),

    /** Folder imports: scans kept by id, and the import job. */
    imports: createImportJobs({ services: () => held.current().services, now: config.now, afterWrite: held.afterWrite, log }),

    info: held.info,
    afterWrite: held.afterWrite,
    ...createComputerSettings(preferences, held),

    backups: createSessionBackups({
      writable: held.writable,
      openBackups: () => held.current().backups,
      migrations,
      author: () => openState()?.author() ?? { name: config.account, personId: null, account: config.account },
      nativeBinding: config.nativeBinding,
      now: config.now,
      preferences,
      reopen: switching.reopen,
    }),

    /** "Enregistrer une copie sous…": a verified copy elsewhere; Sève stays on the current file. */
    saveCopy: async (target: string, overwrite: boolean): Promise<CopyResult> => {
      const open = held.current();
      const resolved = path.resolve(target);
      checkCopyTarget(open.file.path, resolved, overwrite);
      const sizeBytes = await writeVerifiedCopy(open.file.db, resolved, {
        nativeBinding: config.nativeBinding,
        overwrite,
        workerPath: config.backupWorker,
      });
      return { path: resolved, sizeBytes };
    },

    /** Group certification's snapshots: sent from a member's file, imported and read in a group's. */
    group: createSessionGroup({ current: held.current, config }),

    onFileChanged: held.onFileChanged,

    /** The open file's opening backup: settles once written, skipped or failed (the file answers meanwhile). */
    openingBackup: (): Promise<void> => openState()?.openingBackup ?? Promise.resolve(),

    /** Starts what follows the opening at once and waits for it, then for a running automatic backup (tests, and before quitting). */
    idle: async (): Promise<void> => {
      openState()?.afterOpening.now();
      await openState()?.openingBackup;
      await openState()?.auto?.idle();
    },
  };
};

export type Session = ReturnType<typeof createSession>;
