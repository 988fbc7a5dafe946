import crypto from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { ServiceError } from '../errors';

/** Held while a Sève process works on a data file; released when closed, or by the system when the process dies. */
export type FileLock = { release: () => void };

/** The lock's own small file, beside the data file (as SQLite's `-wal` and `-shm` are). */
export const lockFilePath = (dataFile: string): string => `${dataFile}-verrou`;

const sqliteCode = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
};

/** Takes the lock on an existing lock file: null when another process holds it. */
const tryLock = (lockPath: string, nativeBinding: string | undefined): FileLock | null => {
  const db = new Database(lockPath, { timeout: 0, nativeBinding });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = MEMORY');
    // In EXCLUSIVE locking mode the lock a write transaction takes is kept until the connection closes.
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
  } catch (error) {
    db.close();
    const code = sqliteCode(error);
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return null;
    throw error;
  }
  return { release: () => db.close() };
};

/**
 * Puts an empty lock file in place of whatever is at `lockPath`, in one rename: a link someone
 * planted is replaced (never followed), and no moment exists where two processes could each
 * create their own.
 */
const replaceLockFile = (lockPath: string): void => {
  const fresh = `${lockPath}.${crypto.randomBytes(6).toString('hex')}.nouveau`;
  fs.writeFileSync(fresh, '', { flag: 'wx', mode: 0o600 });
  try {
    fs.renameSync(fresh, lockPath);
  } catch (error) {
    fs.rmSync(fresh, { force: true });
    throw error;
  }
};

const lockProblem = (dataFile: string, detail: string): ServiceError =>
  new ServiceError(
    'io_error',
    `Le fichier de verrou « ${lockFilePath(dataFile)} » ${detail} Ce petit fichier, à côté de « ${dataFile} », empêche deux fenêtres de Sève d’écrire en même temps ; le fichier de données lui-même n’est pas en cause et n’a pas été modifié. Fermez Sève partout où ce fichier est ouvert, supprimez le fichier de verrou, puis rouvrez.`,
  );

/**
 * Takes the data file's lock, or returns null when another Sève process holds it.
 *
 * Why a second SQLite file: SQLite's `locking_mode=EXCLUSIVE` on the data file itself would also
 * shut out readers, and the issue asks for a read-only view of a file open elsewhere. On this
 * side file an exclusive lock is held for the life of the connection; it is an operating-system
 * lock (fcntl / LockFileEx), so a process killed with SIGKILL or a power cut leaves no stale lock,
 * unlike a "pid file". Readers of the data file never look at it.
 *
 * The lock file holds nothing: a damaged one (SQLite must read its header, which it cannot do
 * while another process holds the lock, so nobody holds it) or a link is replaced by an empty one,
 * and any other failure names the lock file, not the data file.
 */
export const acquireFileLock = (dataFile: string, nativeBinding?: string): FileLock | null => {
  const lockPath = lockFilePath(dataFile);
  let found: fs.Stats | null = null;
  try {
    found = fs.lstatSync(lockPath);
  } catch {
    // Not there yet: SQLite creates it.
  }
  if (found?.isSymbolicLink()) replaceLockFile(lockPath);
  else if (found !== null && !found.isFile()) throw lockProblem(dataFile, 'n’est pas un fichier (c’est un dossier ou un périphérique).');
  try {
    return tryLock(lockPath, nativeBinding);
  } catch (error) {
    const code = sqliteCode(error);
    if (code === 'SQLITE_FULL') throw error;
    if (code !== 'SQLITE_NOTADB' && !code.startsWith('SQLITE_CORRUPT')) {
      throw lockProblem(dataFile, 'ne peut pas être créé ni verrouillé (droits insuffisants ou support en lecture seule).');
    }
  }
  replaceLockFile(lockPath);
  try {
    return tryLock(lockPath, nativeBinding);
  } catch {
    throw lockProblem(dataFile, 'est endommagé et n’a pas pu être remplacé.');
  }
};
