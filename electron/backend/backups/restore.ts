import fs from 'node:fs';
import Database from 'better-sqlite3';
import type { Backup } from '../../../shared/schemas/backups';
import { SEVE_APPLICATION_ID } from '../db/inspect';
import { migrate } from '../db/migrate';
import type { Migration } from '../db/migrations';
import { ServiceError } from '../errors';
import { copyFailure, passesIntegrityCheck } from './copy';
import { readBackupContents } from './inspect';

/** Refuses a backup that is damaged, foreign or from a newer Sève, before anything is touched. */
export const checkRestorable = (backup: Backup, latestVersion: number, nativeBinding?: string): void => {
  const contents = readBackupContents(backup.path, nativeBinding);
  if (contents === null || contents.applicationId !== SEVE_APPLICATION_ID || !passesIntegrityCheck(backup.path, nativeBinding)) {
    throw new ServiceError(
      'not_a_seve_file',
      `La sauvegarde « ${backup.id} » est endommagée ou n’est pas une sauvegarde Sève : elle ne peut pas être restaurée. Choisissez-en une autre. Votre fichier n’a pas été modifié.`,
    );
  }
  if (contents.schemaVersion > latestVersion) {
    throw new ServiceError(
      'db_too_new',
      `La sauvegarde « ${backup.id} » a été faite par une version plus récente de Sève : installez-la pour la restaurer. Votre fichier n’a pas été modifié.`,
    );
  }
};

/**
 * Writes a backup's content into the (closed) data file with SQLite's backup API: one write
 * transaction on the data file, so a crash in the middle leaves the file as it was, never half
 * restored. The data file's own connection must be closed first; its lock stays held.
 */
export const copyBackupInto = async (backupPath: string, dataFile: string, nativeBinding?: string): Promise<void> => {
  const source = new Database(backupPath, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    await source.backup(dataFile);
  } catch (error) {
    throw copyFailure(error, dataFile);
  } finally {
    source.close();
  }
};

/**
 * A copy of the backup at `staged`, brought to the current schema, with `entry` written into it
 * (the restore on the structure's timeline): what the data file then receives in one transaction,
 * so the content never comes back without the entry that says so, whatever kills Sève meanwhile.
 * A killed staging leaves a `.partiel-…` file, removed at the next opening.
 */
export const stageRestore = async (
  backupPath: string,
  staged: string,
  migrations: readonly Migration[],
  entry: (db: Database.Database) => void,
  nativeBinding?: string,
): Promise<void> => {
  const source = new Database(backupPath, { readonly: true, fileMustExist: true, nativeBinding });
  try {
    await source.backup(staged);
  } catch (error) {
    throw copyFailure(error, staged);
  } finally {
    source.close();
  }
  const db = new Database(staged, { fileMustExist: true, nativeBinding });
  try {
    db.pragma('foreign_keys = ON');
    migrate(db, migrations);
    entry(db);
  } catch (error) {
    throw copyFailure(error, staged);
  } finally {
    db.close();
  }
};

/** Removes a staged copy and its journal. */
export const removeStaged = (staged: string): void => {
  for (const candidate of [staged, `${staged}-journal`]) fs.rmSync(candidate, { force: true });
};
