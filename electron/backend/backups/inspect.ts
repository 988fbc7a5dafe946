import Database from 'better-sqlite3';
import type { BackupCounts } from '../../../shared/schemas/backups';

/** What the restore list shows of each backup, counted in the backup itself. */
const COUNTED: readonly { key: keyof BackupCounts; sql: string }[] = [
  { key: 'documents', sql: 'SELECT count(*) FROM documents' },
  { key: 'people', sql: 'SELECT count(*) FROM people' },
  { key: 'processes', sql: 'SELECT count(*) FROM processes' },
  { key: 'files', sql: 'SELECT count(*) FROM attachments WHERE removed_at IS NULL' },
  { key: 'history', sql: 'SELECT count(*) FROM history' },
];

export type BackupContents = { schemaVersion: number; applicationId: number; counts: BackupCounts };

/**
 * Opens a backup read-only and counts its records. A table the backup's schema did not have yet
 * counts as 0. Returns null when the file cannot be read as SQLite at all.
 */
export const readBackupContents = (filePath: string, nativeBinding?: string): BackupContents | null => {
  let db: Database.Database | undefined;
  try {
    db = new Database(filePath, { readonly: true, fileMustExist: true, nativeBinding });
    const tables = new Set(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
    const counts = { documents: 0, people: 0, processes: 0, files: 0, history: 0 };
    for (const { key, sql } of COUNTED) {
      const table = /FROM (\w+)/.exec(sql)?.[1] ?? '';
      if (tables.has(table)) counts[key] = db.prepare(sql).pluck().get() as number;
    }
    return {
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      applicationId: db.pragma('application_id', { simple: true }) as number,
      counts,
    };
  } catch {
    return null;
  } finally {
    db?.close();
  }
};
