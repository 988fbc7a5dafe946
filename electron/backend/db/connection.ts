import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ServiceError, fromSqliteError } from '../errors';
import { inspectFile } from './inspect';
import { migrate } from './migrate';
import { migrations as landed, type Migration } from './migrations';
import { backupFileName, defaultBackupFolder } from '../backups/names';
import { writeVerifiedCopy } from '../backups/copy';
import { acquireFileLock, type FileLock } from './lock';
import { registerHistoryHash } from '../history/chain';

export type OpenOptions = {
  /** Path of the better-sqlite3 addon built for the running host (Electron), if not the default. */
  nativeBinding?: string;
  now: () => Date;
  /** The schema history to bring the file to; tests pass their own to prove upgrades. */
  migrations?: readonly Migration[];
  /** Open for reading only: no lock, no migration, no backup, every write refused by SQLite itself. */
  readOnly?: boolean;
  /** The file's lock when the caller already holds it (reopening after a restore). */
  lock?: FileLock;
  /** Where the pre-migration copy goes (default: `Sauvegardes` beside the file). */
  backupFolder?: string;
  /** Why a read-only view is asked for, when Sève itself found the file unfit for writing (shown on every screen). */
  readOnlyReason?: string;
  /** Leave SQLite's integrity check of a file that needs no migration to be run after opening, off the main thread. */
  deferIntegrityCheck?: boolean;
};

export type OpenedFile = {
  db: Database.Database;
  path: string;
  schemaVersion: number;
  readOnly: boolean;
  /**
   * Why a read-only view is read-only when it is not because another Sève holds the file: its
   * history lost its protection, or it failed SQLite's integrity check. Null otherwise.
   */
  readOnlyReason: string | null;
  /** Null for a read-only view, which leaves the file to the process holding it. */
  lock: FileLock | null;
  /** Whether the file was created, or brought from an older schema (after a backup), by this opening. */
  created: boolean;
  migrated: boolean;
  /** Whether SQLite's integrity check is still to be run (`OpenOptions.deferIntegrityCheck`). */
  integrityDeferred: boolean;
  /** Closes the connection and lets the file go (its lock). */
  close: () => void;
};

/** Folder beside the data file where Sève keeps its safety copies by default. */
export const backupFolder = defaultBackupFolder;

/** Copies the file with SQLite's online backup API, verified, before a migration touches it. */
const backupBeforeMigration = async (filePath: string, fromVersion: number, options: OpenOptions): Promise<string> => {
  const target = path.join(
    options.backupFolder ?? defaultBackupFolder(filePath),
    backupFileName(filePath, 'avant-migration', options.now(), { fromVersion }),
  );
  const source = new Database(filePath, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
  try {
    await writeVerifiedCopy(source, target, { nativeBinding: options.nativeBinding });
  } finally {
    source.close();
  }
  return target;
};

const applyPragmas = (db: Database.Database): void => {
  db.pragma('busy_timeout = 5000');
  const mode = db.pragma('journal_mode = WAL', { simple: true });
  if (mode !== 'wal')
    throw new ServiceError(
      'io_error',
      'Sève n’a pas pu activer la journalisation du fichier (mode WAL). Le fichier est peut-être sur un partage réseau : copiez-le sur ce poste.',
    );
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
};

/** Runs the migrations; a failure leaves the file as it was (one transaction) and says so in French. */
const migrateOrExplain = (db: Database.Database, migrations: readonly Migration[], filePath: string): number => {
  try {
    return migrate(db, migrations).to;
  } catch (error) {
    const known = error instanceof ServiceError ? error : fromSqliteError(error, filePath);
    if (known) throw known;
    throw new ServiceError(
      'internal',
      `La mise à jour du fichier « ${filePath} » vers cette version de Sève a échoué ; le fichier est resté dans son état précédent (une copie est aussi dans le dossier Sauvegardes). Signalez ce problème.`,
    );
  }
};

const lockedMessage = (filePath: string): string =>
  `« ${filePath} » est déjà ouvert dans une autre fenêtre de Sève, sur ce poste ou sur un autre. Pour que deux personnes n’écrivent pas en même temps dans le même fichier, Sève ne l’ouvre pas en écriture : vous pouvez le consulter en lecture seule, ou fermer l’autre fenêtre puis réessayer. Le fichier n’a pas été modifié.`;

/** A read-only view: another process has the file, so nothing here may write, migrate or back up. */
const openReadOnly = (
  filePath: string,
  schemaVersion: number,
  latest: number,
  options: OpenOptions,
  readOnlyReason: string | null,
): OpenedFile => {
  if (schemaVersion < latest) {
    throw new ServiceError(
      'file_locked',
      `« ${filePath} » doit d’abord être mis à jour par cette version de Sève, ce qui demande d’y écrire : fermez l’autre fenêtre qui l’utilise, puis ouvrez-le normalement. Le fichier n’a pas été modifié.`,
    );
  }
  const db = new Database(filePath, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('query_only = 1');
  } catch (error) {
    db.close();
    throw fromSqliteError(error, filePath) ?? error;
  }
  return {
    db,
    path: filePath,
    schemaVersion,
    readOnly: true,
    readOnlyReason,
    lock: null,
    created: false,
    migrated: false,
    integrityDeferred: false,
    close: () => db.close(),
  };
};

/**
 * Opens (or creates) a Sève data file: refuses foreign, damaged, read-only and newer files without
 * writing to them, refuses a file another Sève has open (its lock), backs up an older file, then
 * migrates it to the current schema.
 */
export const openSeveFile = async (requestedPath: string, options: OpenOptions): Promise<OpenedFile> => {
  const filePath = path.resolve(requestedPath);
  const migrations = options.migrations ?? landed;
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  let inspection: ReturnType<typeof inspectFile>;
  try {
    inspection = inspectFile(filePath, migrations, options.nativeBinding, options.deferIntegrityCheck && !options.readOnly);
  } catch (error) {
    throw explainOpening(error, filePath);
  }
  // A file Sève found unfit for writing opens as a read-only view, whatever was asked.
  const unfit = inspection.kind === 'seve' ? inspection.readOnlyReason : null;
  if (options.readOnly || unfit !== null) {
    if (inspection.kind === 'new') throw new ServiceError('file_not_found', `« ${filePath} » n’existe pas ou est vide.`);
    return openReadOnly(filePath, inspection.schemaVersion, latest, options, unfit ?? options.readOnlyReason ?? null);
  }
  if (inspection.kind === 'new') fs.mkdirSync(path.dirname(filePath), { recursive: true });

  const lock = options.lock ?? acquireLockOrExplain(filePath, options.nativeBinding);
  let db: Database.Database | undefined;
  try {
    const fromVersion = inspection.kind === 'seve' ? inspection.schemaVersion : latest;
    const migrating = fromVersion < latest;
    if (migrating) await backupBeforeMigration(filePath, fromVersion, options);
    db = new Database(filePath, { nativeBinding: options.nativeBinding });
    applyPragmas(db);
    // Every history row gets its chain hash from a trigger that calls this function.
    registerHistoryHash(db);
    const schemaVersion = migrateOrExplain(db, migrations, filePath);
    const opened = db;
    const close = (): void => {
      opened.close();
      lock.release();
    };
    return {
      db,
      path: filePath,
      schemaVersion,
      readOnly: false,
      readOnlyReason: null,
      lock,
      created: inspection.kind === 'new',
      migrated: migrating,
      integrityDeferred: inspection.kind === 'seve' && inspection.integrityDeferred,
      close,
    };
  } catch (error) {
    db?.close();
    if (options.lock === undefined) lock.release();
    if (error instanceof ServiceError) throw error;
    throw explainOpening(error, filePath);
  }
};

/** Under this much free space, an I/O error while opening is the disk being full. */
const NEARLY_FULL_BYTES = 1024 * 1024;

const isDiskNearlyFull = (folder: string): boolean => {
  try {
    const stats = fs.statfsSync(folder);
    return stats.bavail * stats.bsize < NEARLY_FULL_BYTES;
  } catch {
    return false;
  }
};

/**
 * SQLite reports a full disk while opening as an I/O error (it cannot size the `-shm` file WAL
 * needs), which would read as a loose cable: the free space says which it is.
 */
const explainOpening = (error: unknown, filePath: string): unknown => {
  const known = error instanceof ServiceError ? error : fromSqliteError(error, filePath);
  if ((known === null || known.code === 'io_error' || known.code === 'disk_full') && isDiskNearlyFull(path.dirname(filePath))) {
    return new ServiceError(
      'disk_full',
      `Le disque où se trouve « ${filePath} » est plein : Sève a besoin d’un peu de place pour ouvrir ce fichier (son journal et sa sauvegarde). Libérez de la place, puis rouvrez-le. Le fichier n’a pas été modifié.`,
    );
  }
  return known ?? error;
};

const acquireLockOrExplain = (filePath: string, nativeBinding: string | undefined): FileLock => {
  let lock: FileLock | null;
  try {
    lock = acquireFileLock(filePath, nativeBinding);
  } catch (error) {
    throw explainOpening(error, filePath);
  }
  if (lock === null) throw new ServiceError('file_locked', lockedMessage(filePath));
  return lock;
};
