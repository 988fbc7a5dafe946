import type Database from 'better-sqlite3';
import { registerHistoryHash } from '../history/chain';
import { SEVE_APPLICATION_ID } from './inspect';
import { migrations as landed, type Migration } from './migrations';

/** Applies every migration above the file's `user_version` in one transaction; all or nothing. */
export const migrate = (db: Database.Database, migrations: readonly Migration[] = landed): { from: number; to: number } => {
  const from = db.pragma('user_version', { simple: true }) as number;
  const pending = migrations.filter((migration) => migration.version > from);
  if (pending.length === 0) return { from, to: from };
  const to = pending[pending.length - 1]?.version ?? from;
  // Migrations that append history (and 0011, which chains it) need the hash function.
  registerHistoryHash(db);
  // A migration may rebuild a table others refer to (SQLite's procedure: create the new table, copy,
  // drop the old one, rename): foreign keys are off while migrations run (the pragma cannot change
  // inside a transaction), and every reference is checked before the transaction commits.
  const enforced = db.pragma('foreign_keys', { simple: true }) === 1;
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const migration of pending) db.exec(migration.sql);
      const broken = db.pragma('foreign_key_check') as unknown[];
      if (broken.length > 0) throw new Error(`A migration broke ${broken.length} reference(s): ${JSON.stringify(broken.slice(0, 3))}`);
      db.pragma(`application_id = ${SEVE_APPLICATION_ID}`);
      db.pragma(`user_version = ${to}`);
    }).immediate();
  } finally {
    if (enforced) db.pragma('foreign_keys = ON');
  }
  return { from, to };
};
