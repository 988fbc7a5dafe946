import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ServiceError, fromSqliteError } from '../errors';
import { inspectFile } from './inspect';
import { migrate } from './migrate';
import { migrations as landed, type Migration } from './migrations';

export type OpenOptions = {
  /** Path of the better-sqlite3 addon built for the running host (Electron), if not the default. */
  nativeBinding?: string;
  now: () => Date;
  /** The schema history to bring the file to; tests pass their own to prove upgrades. */
  migrations?: readonly Migration[];
};

export type OpenedFile = { db: Database.Database; path: string; schemaVersion: number };

/** Folder beside the data file where Sève keeps its safety copies. */
export const backupFolder = (filePath: string): string => path.join(path.dirname(filePath), 'Sauvegardes');

const stamp = (instant: Date): string => instant.toISOString().replace(/[:.]/g, '-');

/** Copies the file with SQLite's online backup API before a migration touches it. */
const backupBeforeMigration = async (filePath: string, fromVersion: number, options: OpenOptions): Promise<string> => {
  const folder = backupFolder(filePath);
  fs.mkdirSync(folder, { recursive: true });
  const target = path.join(folder, `${path.parse(filePath).name}.avant-migration-v${fromVersion}.${stamp(options.now())}.sqlite`);
  const source = new Database(filePath, { readonly: true, fileMustExist: true, nativeBinding: options.nativeBinding });
  try {
    await source.backup(target);
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
    const known = fromSqliteError(error, filePath);
    if (known) throw known;
    throw new ServiceError(
      'internal',
      `La mise à jour du fichier « ${filePath} » vers cette version de Sève a échoué ; le fichier est resté dans son état précédent (une copie est aussi dans le dossier Sauvegardes). Signalez ce problème.`,
    );
  }
};

/**
 * Opens (or creates) a Sève data file: refuses foreign, damaged, read-only and newer files without
 * writing to them, backs up an older file, then migrates it to the current schema.
 */
export const openSeveFile = async (requestedPath: string, options: OpenOptions): Promise<OpenedFile> => {
  const filePath = path.resolve(requestedPath);
  const migrations = options.migrations ?? landed;
  const latest = migrations[migrations.length - 1]?.version ?? 0;
  const inspection = inspectFile(filePath, latest, options.nativeBinding);
  if (inspection.kind === 'seve' && inspection.schemaVersion < latest) {
    await backupBeforeMigration(filePath, inspection.schemaVersion, options);
  }
  if (inspection.kind === 'new') fs.mkdirSync(path.dirname(filePath), { recursive: true });

  let db: Database.Database | undefined;
  try {
    db = new Database(filePath, { nativeBinding: options.nativeBinding });
    applyPragmas(db);
    return { db, path: filePath, schemaVersion: migrateOrExplain(db, migrations, filePath) };
  } catch (error) {
    db?.close();
    if (error instanceof ServiceError) throw error;
    throw fromSqliteError(error, filePath) ?? error;
  }
};
