import crypto from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';

/** SHA-256 of every row of every table (FTS shadow tables aside), to prove nothing was written. */
export const dataChecksum = (filePath: string, except: readonly string[] = []): string => {
  const db = new Database(filePath, { readonly: true });
  try {
    const hash = crypto.createHash('sha256');
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%' ORDER BY name",
      )
      .pluck()
      .all() as string[];
    for (const table of tables.filter((name) => !except.includes(name))) {
      hash.update(table);
      for (const row of db.prepare(`SELECT * FROM "${table}"`).iterate()) {
        hash.update(JSON.stringify(row, (_key, value: unknown) => (Buffer.isBuffer(value) ? value.toString('base64') : value)));
      }
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
};

const statOf = (filePath: string): string => {
  try {
    const stat = fs.statSync(filePath);
    return `${stat.size}:${stat.mtimeMs}`;
  } catch {
    return 'absent';
  }
};

/**
 * Changes whenever a transaction commits to a WAL-mode file: every commit appends frames to the
 * `-wal` file (and a checkpoint, which only follows a commit, writes the main file). Cheap enough
 * to take around every fuzz case; `dataChecksum` proves the content itself around each method.
 */
export const writeStamp = (filePath: string): string => `${statOf(filePath)}|${statOf(`${filePath}-wal`)}`;
