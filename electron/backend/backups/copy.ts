import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ServiceError, fromSqliteError } from '../errors';
import { copyInWorker } from './copyWorker';

export type CopyOptions = {
  nativeBinding?: string;
  overwrite?: boolean;
  /** The backup worker the host bundled: the copy and its check then run off the main thread. */
  workerPath?: string;
};

/** Translates a failure while writing a copy into a French message that names the folder. */
export const copyFailure = (error: unknown, target: string): ServiceError => {
  if (error instanceof ServiceError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOSPC' || code === 'SQLITE_FULL') {
    return new ServiceError(
      'disk_full',
      `Le disque de « ${path.dirname(target)} » est plein : la copie n’a pas pu être faite. Libérez de la place puis réessayez. Le fichier de données n’a pas été modifié.`,
    );
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'ENOTDIR' || code === 'ENOENT') {
    return new ServiceError(
      'io_error',
      `Sève ne peut pas écrire dans le dossier « ${path.dirname(target)} » (droits insuffisants, support en lecture seule ou débranché). Choisissez un autre dossier.`,
    );
  }
  return (
    fromSqliteError(error, target) ??
    new ServiceError('io_error', `La copie vers « ${target} » a échoué. Le fichier de données n’a pas été modifié.`)
  );
};

/** A copy that failed `integrity_check`: the source may be damaged (the opening backup then looks at it again). */
export class CopyIntegrityError extends ServiceError {}

const removeQuietly = (filePath: string): void => {
  for (const candidate of [filePath, `${filePath}-journal`]) fs.rmSync(candidate, { force: true });
};

/** `PRAGMA integrity_check` of a closed file: true when SQLite answers exactly "ok". */
export const passesIntegrityCheck = (filePath: string, nativeBinding?: string): boolean => {
  let db: Database.Database | undefined;
  try {
    db = new Database(filePath, { readonly: true, fileMustExist: true, nativeBinding });
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    return rows.length === 1 && rows[0]?.integrity_check === 'ok';
  } catch {
    return false;
  } finally {
    db?.close();
  }
};

/** Without a worker (tests, tools): the backup API's steps yield between pages, the check does not. */
const copyOnThisThread = async (source: Database.Database, partial: string, nativeBinding?: string): Promise<boolean> => {
  await source.backup(partial);
  const copy = new Database(partial, { fileMustExist: true, nativeBinding });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  return passesIntegrityCheck(partial, nativeBinding);
};

/**
 * Copies an open database to `target` with SQLite's online backup API (a consistent snapshot,
 * even while the file is in use), as a single self-contained file (rollback journal, no `-wal`),
 * checked with `PRAGMA integrity_check` before it gets its name. Written under a temporary name
 * and renamed: a copy interrupted by a crash or a full disk is never mistaken for a good one.
 */
export const writeVerifiedCopy = async (source: Database.Database, target: string, options: CopyOptions = {}): Promise<number> => {
  const folder = path.dirname(target);
  const partial = path.join(folder, `.partiel-${path.parse(target).name}-${crypto.randomBytes(6).toString('hex')}.sqlite`);
  try {
    fs.mkdirSync(folder, { recursive: true });
    const intact = options.workerPath
      ? (await copyInWorker(options.workerPath, { source: source.name, partial, nativeBinding: options.nativeBinding })).intact
      : await copyOnThisThread(source, partial, options.nativeBinding);
    if (!intact) {
      throw new CopyIntegrityError(
        'io_error',
        `La copie vers « ${target} » n’a pas passé la vérification d’intégrité : elle a été supprimée. Vérifiez le disque, puis réessayez.`,
      );
    }
    if (!options.overwrite && fs.existsSync(target)) {
      throw new ServiceError('conflict', `« ${target} » existe déjà : choisissez un autre nom.`);
    }
    fs.renameSync(partial, target);
    return fs.statSync(target).size;
  } catch (error) {
    throw copyFailure(error, target);
  } finally {
    removeQuietly(partial);
  }
};
