import type Database from 'better-sqlite3';

/** Key-value settings stored in the data file (they travel with it). */
export const createSettingsRepository = (db: Database.Database) => {
  const select = db.prepare<[string], string>('SELECT value FROM settings WHERE key = ?').pluck();
  const upsert = db.prepare<[string, string]>(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );
  const remove = db.prepare<[string]>('DELETE FROM settings WHERE key = ?');
  return {
    get: (key: string): string | null => select.get(key) ?? null,
    set: (key: string, value: string | null): void => {
      if (value === null) remove.run(key);
      else upsert.run(key, value);
    },
  };
};
