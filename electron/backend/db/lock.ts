import Database from 'better-sqlite3';

/** Held while a Sève process works on a data file; released when closed, or by the system when the process dies. */
export type FileLock = { release: () => void };

/** The lock's own small file, beside the data file (as SQLite's `-wal` and `-shm` are). */
export const lockFilePath = (dataFile: string): string => `${dataFile}-verrou`;

/**
 * Takes the data file's lock, or returns null when another Sève process holds it.
 *
 * Why a second SQLite file: SQLite's `locking_mode=EXCLUSIVE` on the data file itself would also
 * shut out readers, and the issue asks for a read-only view of a file open elsewhere. On this
 * side file an exclusive lock is held for the life of the connection; it is an operating-system
 * lock (fcntl / LockFileEx), so a process killed with SIGKILL or a power cut leaves no stale lock,
 * unlike a "pid file". Readers of the data file never look at it.
 */
export const acquireFileLock = (dataFile: string, nativeBinding?: string): FileLock | null => {
  const db = new Database(lockFilePath(dataFile), { timeout: 0, nativeBinding });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = MEMORY');
    // In EXCLUSIVE locking mode the lock a write transaction takes is kept until the connection closes.
    db.exec('BEGIN EXCLUSIVE');
    db.exec('COMMIT');
  } catch (error) {
    db.close();
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))) return null;
    throw error;
  }
  return { release: () => db.close() };
};
