import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFolder, openSeveFile } from '../../../electron/backend/db/connection';
import { migrations, type Migration } from '../../../electron/backend/db/migrations';
import { ServiceError } from '../../../electron/backend/errors';
import { makeTempDir } from '../../helpers/backend';
import { sha256 } from '../../helpers/files';

const now = () => new Date('2026-11-26T10:00:00Z');
const v1: Migration = { version: 1, name: '0001_test', sql: 'CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT;' };
const v2: Migration = { version: 2, name: '0002_test', sql: "ALTER TABLE notes ADD COLUMN author TEXT NOT NULL DEFAULT 'inconnu';" };
const broken: Migration = { version: 2, name: '0002_broken', sql: 'CREATE TABLE extra (id INTEGER PRIMARY KEY) STRICT; THIS IS NOT SQL;' };

describe('migrations', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = makeTempDir()));
  afterEach(() => cleanup());

  it('lists every migration file of the folder, in order, each with the version its name carries', () => {
    const folder = path.resolve(import.meta.dirname, '../../../electron/backend/db/migrations');
    const files = fs
      .readdirSync(folder)
      .filter((name) => name.endsWith('.sql'))
      .sort();
    expect(migrations.map((migration) => `${migration.name}.sql`)).toEqual(files);
    // A number may be missing (held by a change that lands separately); the order may never be broken.
    expect(migrations.map((migration) => migration.version)).toEqual(files.map((name) => Number(name.slice(0, 4))));
    expect(migrations[0]?.version).toBe(1);
    for (const [index, migration] of migrations.entries())
      if (index > 0) expect(migration.version).toBeGreaterThan(migrations[index - 1]?.version ?? 0);
    for (const file of files) expect(file).toMatch(/^\d{4}_[a-z0-9_]+\.sql$/);
  });

  it('backs up an older file before upgrading it, and keeps its records', async () => {
    const filePath = path.join(dir, 'qualite.sqlite');
    const old = await openSeveFile(filePath, { now, migrations: [v1] });
    old.db.prepare('INSERT INTO notes (text) VALUES (?)').run('Revue de direction 2025');
    old.close();

    const upgraded = await openSeveFile(filePath, { now, migrations: [v1, v2] });
    expect(upgraded.schemaVersion).toBe(2);
    expect(upgraded.db.prepare('SELECT text, author FROM notes').all()).toEqual([{ text: 'Revue de direction 2025', author: 'inconnu' }]);
    upgraded.close();

    const backups = fs.readdirSync(backupFolder(filePath));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(/^qualite\.avant-migration-v1\..+\.sqlite$/);
    const backup = new Database(path.join(backupFolder(filePath), backups[0] ?? ''), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT text FROM notes').pluck().all()).toEqual(['Revue de direction 2025']);
    expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
    backup.close();
  });

  it('rolls a failed migration back entirely: the data and the version stay as they were', async () => {
    const filePath = path.join(dir, 'qualite.sqlite');
    const old = await openSeveFile(filePath, { now, migrations: [v1] });
    old.db.prepare('INSERT INTO notes (text) VALUES (?)').run('Audit interne');
    old.db.pragma('wal_checkpoint(TRUNCATE)');
    old.close();
    const before = sha256(filePath);

    await expect(openSeveFile(filePath, { now, migrations: [v1, broken] })).rejects.toThrow(/est resté dans son état précédent/);

    const after = new Database(filePath, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(1);
    expect(after.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'extra'").pluck().get()).toBe(0);
    expect(after.prepare('SELECT text FROM notes').pluck().all()).toEqual(['Audit interne']);
    after.close();
    const reopened = await openSeveFile(filePath, { now, migrations: [v1] });
    reopened.db.pragma('wal_checkpoint(TRUNCATE)');
    reopened.close();
    expect(sha256(filePath)).toBe(before);
  });

  it('rebuilds a table others refer to with foreign keys off, checks every reference before committing, and turns them back on', async () => {
    const parent: Migration = {
      version: 1,
      name: '0001_parent',
      sql: `CREATE TABLE owners (id INTEGER PRIMARY KEY, name TEXT NOT NULL) STRICT;
            CREATE TABLE notes (id INTEGER PRIMARY KEY, owner_id INTEGER NOT NULL REFERENCES owners (id)) STRICT;`,
    };
    // SQLite's procedure for changing a CHECK: create, copy, drop, rename; the notes keep pointing at owners.
    const rebuild: Migration = {
      version: 2,
      name: '0002_rebuild',
      sql: `CREATE TABLE owners_next (id INTEGER PRIMARY KEY, name TEXT NOT NULL CHECK (length(name) > 0)) STRICT;
            INSERT INTO owners_next SELECT id, name FROM owners; DROP TABLE owners; ALTER TABLE owners_next RENAME TO owners;`,
    };
    const losing: Migration = {
      ...rebuild,
      name: '0002_losing',
      sql: rebuild.sql.replace('SELECT id, name FROM owners', 'SELECT id + 1, name FROM owners'),
    };
    const filePath = path.join(dir, 'qualite.sqlite');
    const old = await openSeveFile(filePath, { now, migrations: [parent] });
    old.db.prepare("INSERT INTO owners (id, name) VALUES (1, 'Claire')").run();
    old.db.prepare('INSERT INTO notes (owner_id) VALUES (1)').run();
    old.close();

    // A rebuild that would leave a note without its owner is refused whole.
    await expect(openSeveFile(filePath, { now, migrations: [parent, losing] })).rejects.toThrow(/est resté dans son état précédent/);
    // A minute later: the refused attempt's backup keeps its own name.
    const upgraded = await openSeveFile(filePath, { now: () => new Date('2026-11-26T10:01:00Z'), migrations: [parent, rebuild] });
    expect(upgraded.schemaVersion).toBe(2);
    expect(upgraded.db.prepare('SELECT owner_id FROM notes').pluck().all()).toEqual([1]);
    expect(upgraded.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(() => upgraded.db.prepare('INSERT INTO notes (owner_id) VALUES (9)').run()).toThrow(/FOREIGN KEY/);
    upgraded.close();
  });

  it('is not an error for the current file: nothing to migrate, no backup', async () => {
    const filePath = path.join(dir, 'qualite.sqlite');
    (await openSeveFile(filePath, { now })).close();
    (await openSeveFile(filePath, { now })).close();
    expect(fs.existsSync(backupFolder(filePath))).toBe(false);
  });

  it('reports a refused file as a ServiceError, never a raw SQLite error', async () => {
    const filePath = path.join(dir, 'x.sqlite');
    fs.writeFileSync(filePath, Buffer.concat([Buffer.from('SQLite format 3\0', 'latin1'), Buffer.alloc(4000, 7)]));
    await expect(openSeveFile(filePath, { now })).rejects.toBeInstanceOf(ServiceError);
  });
});
