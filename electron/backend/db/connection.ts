import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ServiceError, fromSqliteError } from '../errors';
import { inspectFile } from './inspect';
import { migrate } from './migrate';
import { LATEST_SCHEMA_VERSION } from './migrations';

export type OpenOptions = {
  /** Path of the better-sqlite3 addon built for the running host (Electron), if not the default. */
  nativeBinding?: string;
  now: () => Date;
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

/**
 * Opens (or creates) a Sève data file: refuses foreign, damaged, read-only and newer files without
 * writing to them, backs up an older file, then migrates it to the current schema.
 */
export const openSeveFile = async (requestedPath: string, options: OpenOptions): Promise<OpenedFile> => {
  const filePath = path.resolve(requestedPath);
  const inspection = inspectFile(filePath, options.nativeBinding);
  if (inspection.kind === 'seve' && inspection.schemaVersion < LATEST_SCHEMA_VERSION) {
    await backupBeforeMigration(filePath, inspection.schemaVersion, options);
  }
  if (inspection.kind === 'new') fs.mkdirSync(path.dirname(filePath), { recursive: true });

  let db: Database.Database | undefined;
  try {
    db = new Database(filePath, { nativeBinding: options.nativeBinding });
    applyPragmas(db);
    const { to } = migrate(db);
    return { db, path: filePath, schemaVersion: to };
  } catch (error) {
    db?.close();
    if (error instanceof ServiceError) throw error;
    throw fromSqliteError(error, filePath) ?? error;
  }
};
