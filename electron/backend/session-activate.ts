import type { OpenedFile } from './db/connection';
import { indexDamagedMessage } from './db/inspect';
import { CopyIntegrityError, passesIntegrityCheck } from './backups/copy';
import { createAutoBackup, nodeTimers, type AutoBackup, type Timers } from './backups/scheduler';
import { createBackupService, type BackupService } from './backups/service';
import { ServiceError, fromSqliteError } from './errors';
import { createAuthorship, type Author } from './identity/author';
import { createServices, type Services } from './services';

export type OpenState = {
  status: 'open';
  file: OpenedFile;
  services: Services;
  /** Null for a read-only view: the process holding the file backs it up. */
  backups: BackupService | null;
  auto: AutoBackup | null;
  backupWarning: string | null;
  /** The person this computer's user said they are in this file (null: not yet, or not in its directory). */
  chosenPersonId: number | null;
  /** Who the changes of this file are made by, read at each change. */
  author: () => Author;
  /**
   * The opening backup, taken while the file already answers (it copies in the backup worker);
   * settles, never rejects, once it is written, skipped or failed.
   */
  openingBackup: Promise<void>;
};

export type ActivateDeps = {
  /** The computer's account, kept beside the chosen person in the history. */
  account: string;
  /** The person this computer remembers for this file, if any. */
  chosenPersonId: number | null;
  now: () => Date;
  nativeBinding?: string;
  timers?: Timers;
  log: (message: string, error: unknown) => void;
  onConnection?: (db: OpenedFile['db']) => void;
  /** Where this file's backups go (the user's choice, else `Sauvegardes` beside it). */
  backupFolder: () => string;
  /** The backup worker the host bundled, if any (`SessionConfig.backupWorker`). */
  backupWorker?: string;
  /** The space budget this computer's user chose for this file's backups, in bytes (null: the default). */
  backupBudget?: () => number | null;
  /**
   * The opening backup failed SQLite's integrity check and so does the file itself: the session
   * must let it go and hold it again as a read-only view that says why.
   */
  onUnfit?: (file: OpenedFile, reason: string) => void;
  /** What the screens are told changed (a failed opening backup's warning). */
  onChanged?: () => void;
};

/**
 * The opening backup, in the background: a large file answers at once instead of after a full
 * copy. A copy that fails `integrity_check` while the file itself fails it too means the file is
 * damaged: it is never written to again in this session (`onUnfit`).
 */
const takeOpeningBackup = async (next: OpenState, backups: BackupService, auto: AutoBackup, deps: ActivateDeps): Promise<void> => {
  try {
    await backups.createIfChanged('ouverture');
    auto.backedUp(deps.now());
  } catch (error) {
    if (error instanceof CopyIntegrityError && !passesIntegrityCheck(next.file.path, deps.nativeBinding)) {
      auto.stop();
      deps.onUnfit?.(
        next.file,
        indexDamagedMessage('la sauvegarde faite à l’ouverture, puis le fichier lui-même, ont échoué à la vérification'),
      );
      return;
    }
    // The file itself is fine: it stays open, and every screen says it is not backed up.
    next.backupWarning = error instanceof ServiceError ? error.message : 'La sauvegarde à l’ouverture a échoué.';
    if (!(error instanceof ServiceError)) deps.log('Sauvegarde à l’ouverture impossible', error);
    deps.onChanged?.();
  }
};

/** Binds services and backups to an opened file; takes the opening backup unless the file is new, just migrated or restored. */
export const activateFile = async (file: OpenedFile, openingBackup: boolean, deps: ActivateDeps): Promise<OpenState> => {
  deps.onConnection?.(file.db);
  const holder = { chosenPersonId: deps.chosenPersonId };
  const author = createAuthorship(file.db, deps.account, () => holder.chosenPersonId);
  const services = createServices(file, { author, now: deps.now });
  if (!file.readOnly) {
    try {
      // A new file, or one just brought to schema 3, starts with ISO 9001:2015 loaded.
      services.referentials.seedShipped();
    } catch (error) {
      file.db.close();
      file.lock?.release();
      throw fromSqliteError(error, file.path) ?? error;
    }
  }
  const next: OpenState = Object.assign(holder, {
    status: 'open' as const,
    file,
    services,
    backups: null,
    auto: null,
    backupWarning: null,
    author,
    openingBackup: Promise.resolve(),
  });
  if (file.readOnly) return next;
  const backups = createBackupService({
    db: file.db,
    dataFile: file.path,
    folder: deps.backupFolder,
    now: deps.now,
    nativeBinding: deps.nativeBinding,
    workerPath: deps.backupWorker,
    budget: deps.backupBudget,
  });
  next.backups = backups;
  // At every opening for writing, not only before a backup: a crash may have left hundreds of Mo.
  backups.removePartials();
  next.auto = createAutoBackup({
    now: deps.now,
    timers: deps.timers ?? nodeTimers,
    run: () => backups.createIfChanged('auto'),
    onSuccess: () => (next.backupWarning = null),
    onError: (error) => {
      next.backupWarning = error instanceof ServiceError ? error.message : 'La sauvegarde automatique a échoué.';
      if (!(error instanceof ServiceError)) deps.log('Sauvegarde automatique impossible', error);
    },
    lastBackupAt: backups.latestAt(),
  });
  if (openingBackup && !file.created && !file.migrated) {
    next.openingBackup = takeOpeningBackup(next, backups, next.auto, deps);
  }
  return next;
};
