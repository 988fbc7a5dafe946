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
};

/**
 * The opening backup failed SQLite's integrity check and so does the file itself: it must be
 * reopened as a read-only view (the session does, and the inspection then says why).
 */
export class UnfitForWriting extends ServiceError {}

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
    try {
      await backups.createIfChanged('ouverture');
      next.auto.backedUp(deps.now());
    } catch (error) {
      // A copy that fails integrity_check may say the file is damaged: never go on writing to it then.
      if (error instanceof CopyIntegrityError && !passesIntegrityCheck(file.path, deps.nativeBinding)) {
        next.auto.stop();
        file.close();
        throw new UnfitForWriting(
          'not_a_seve_file',
          indexDamagedMessage('la sauvegarde faite à l’ouverture, puis le fichier lui-même, ont échoué à la vérification'),
        );
      }
      // The file itself is fine: open it, and say on every screen that it is not backed up.
      next.backupWarning = error instanceof ServiceError ? error.message : 'La sauvegarde à l’ouverture a échoué.';
      if (!(error instanceof ServiceError)) deps.log('Sauvegarde à l’ouverture impossible', error);
    }
  }
  return next;
};
