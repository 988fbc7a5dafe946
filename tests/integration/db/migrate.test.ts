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

  it('lists every migration file of the folder, each under the number of its file, in order', () => {
    const folder = path.resolve(import.meta.dirname, '../../../electron/backend/db/migrations');
    const files = fs
      .readdirSync(folder)
      .filter((name) => name.endsWith('.sql'))
      .sort();
    expect(migrations.map((migration) => `${migration.name}.sql`)).toEqual(files);
    // Numbers are reserved by the changes that add them, so a branch may list 13 right after 10.
    expect(migrations.map((migration) => migration.version)).toEqual(files.map((file) => Number(file.slice(0, 4))));
    expect(migrations[0]?.version).toBe(1);
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
