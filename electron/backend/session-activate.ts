import type { OpenedFile } from './db/connection';
import { damaged, indexDamagedMessage } from './db/inspect';
import { CopyIntegrityError, passesIntegrityCheck } from './backups/copy';
import { checkInWorker } from './backups/copyWorker';
import { createAutoBackup, nodeTimers, type AutoBackup, type Timers } from './backups/scheduler';
import { createBackupService, type BackupService } from './backups/service';
import { deferStart, type DeferredStart } from './deferred-start';
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
   * What follows the opening while the file already answers: the deferred integrity check and the
   * opening backup, both in the backup worker. Settles, never rejects, once done, skipped, failed or
   * cancelled (the file let go first).
   */
  openingBackup: Promise<void>;
  /** When what follows the opening starts: `AFTER_OPENING_DELAY_MS` later, or at once when asked. */
  afterOpening: Pick<DeferredStart, 'now' | 'cancel'>;
  /** Settles once the deferred integrity check has run and an unfit file was let go (or when there is none). */
  checked: Promise<void>;
};

/**
 * How long what follows the opening waits, so the first screen is drawn before the integrity check
 * takes a core for seconds (on a large file, on a two-core computer). A change asked for meanwhile
 * starts it at once and waits for it (`Session.untilChecked`): nothing is written to an unchecked file.
 */
export const AFTER_OPENING_DELAY_MS = 3_000;

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
   * The file failed SQLite's integrity check after it was opened (the deferred check, or the
   * opening backup's copy and then the file itself): the session lets it go and holds it again as
   * a read-only view saying why (a string), or keeps the refusal for the error screen (damaged pages).
   */
  onUnfit?: (file: OpenedFile, unfit: string | ServiceError) => Promise<void>;
  /** What the screens are told changed (a failed opening backup's warning). */
  onChanged?: () => void;
};

/**
 * The deferred integrity check, in the worker: damaged pages are refused, an index that no longer
 * matches its table makes a read-only view (as the inspection would have said before opening).
 * Null when the file is fine, or when the check itself could not run (the opening backup's check follows).
 */
const deferredCheck = async (file: OpenedFile, deps: ActivateDeps): Promise<string | ServiceError | null> => {
  if (!file.integrityDeferred || !deps.backupWorker) return null;
  try {
    const { integrity, quick } = await checkInWorker(deps.backupWorker, { source: file.path, nativeBinding: deps.nativeBinding });
    if (integrity === 'ok') return null;
    return quick === 'ok' ? indexDamagedMessage(integrity) : damaged(file.path, 'la vérification de SQLite a trouvé des pages abîmées');
  } catch (error) {
    deps.log('Vérification du fichier impossible', error);
    return null;
  }
};

/**
 * What follows the opening in the background, so a large file answers at once: its deferred
 * integrity check, then the opening backup. A copy that fails `integrity_check` while the file
 * itself fails it too means the file is damaged: it is never written to again in this session.
 */
const afterOpening = async (
  next: OpenState,
  backups: BackupService,
  auto: AutoBackup,
  deps: ActivateDeps & { openingBackup: boolean; started: Promise<boolean>; onChecked: () => void },
): Promise<void> => {
  if (!(await deps.started)) return;
  try {
    const unfit = await deferredCheck(next.file, deps);
    if (unfit !== null) {
      auto.stop();
      await deps.onUnfit?.(next.file, unfit);
      return;
    }
  } finally {
    deps.onChecked();
  }
  if (!deps.openingBackup) return;
  try {
    await backups.createIfChanged('ouverture');
    auto.backedUp(deps.now());
  } catch (error) {
    if (error instanceof CopyIntegrityError && !passesIntegrityCheck(next.file.path, deps.nativeBinding)) {
      auto.stop();
      await deps.onUnfit?.(
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
    afterOpening: { now: () => undefined, cancel: () => undefined },
    checked: Promise.resolve(),
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
  const start = deferStart(deps.timers ?? nodeTimers, AFTER_OPENING_DELAY_MS);
  let onChecked: () => void = () => undefined;
  next.checked = new Promise<void>((resolve) => {
    onChecked = resolve;
    // Cancelled before it started (the file was let go): nothing waits on it.
    void start.started.then((go) => (go ? undefined : resolve()));
  });
  next.afterOpening = start;
  next.openingBackup = afterOpening(next, backups, next.auto, {
    ...deps,
    openingBackup: openingBackup && !file.created && !file.migrated,
    started: start.started,
    onChecked,
  });
  return next;
};
