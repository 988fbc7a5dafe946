import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSeveFile } from '../../../electron/backend/db/connection';
import { SEVE_APPLICATION_ID } from '../../../electron/backend/db/inspect';
import { ServiceError } from '../../../electron/backend/errors';
import { makeTempDir } from '../../helpers/backend';
import { sha256 } from '../../helpers/files';

const now = () => new Date('2026-11-26T10:00:00Z');

const refusal = async (filePath: string): Promise<ServiceError> => {
  try {
    const opened = await openSeveFile(filePath, { now });
    opened.close();
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('the file was opened');
};

describe('opening data files', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = makeTempDir()));
  afterEach(() => cleanup());

  it('creates a new file (and its folder) with the pragmas, application id and current schema', async () => {
    const filePath = path.join(dir, 'Sève', 'qualité.sqlite');
    const { db, schemaVersion, close } = await openSeveFile(filePath, { now });
    expect(schemaVersion).toBeGreaterThanOrEqual(1);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('application_id', { simple: true })).toBe(SEVE_APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion);
    const strictTables = db
      .prepare(
        "SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND strict = 0 AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'",
      )
      .pluck()
      .all();
    expect(strictTables).toEqual([]);
    close();
  });

  it('reopens its own file and keeps what was written', async () => {
    const filePath = path.join(dir, 'a.sqlite');
    const first = await openSeveFile(filePath, { now });
    first.db.prepare("INSERT INTO settings (key, value) VALUES ('organisation.name', 'AI du Val')").run();
    first.close();
    const second = await openSeveFile(filePath, { now });
    expect(second.db.prepare("SELECT value FROM settings WHERE key = 'organisation.name'").pluck().get()).toBe('AI du Val');
    second.close();
  });

  it('refuses a text file with a French message and leaves it byte-identical', async () => {
    const filePath = path.join(dir, 'notes.txt');
    fs.writeFileSync(filePath, 'Compte rendu de la revue de direction\n'.repeat(200));
    const before = sha256(filePath);
    const error = await refusal(filePath);
    expect(error.code).toBe('not_a_seve_file');
    expect(error.message).toContain('n’est pas un fichier Sève');
    expect(sha256(filePath)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('refuses a file from a newer Sève and leaves it byte-identical', async () => {
    const filePath = path.join(dir, 'futur.sqlite');
    const future = new Database(filePath);
    future.pragma('journal_mode = DELETE');
    future.exec('CREATE TABLE something_new (id INTEGER PRIMARY KEY) STRICT');
    future.pragma(`application_id = ${SEVE_APPLICATION_ID}`);
    future.pragma('user_version = 999');
    future.close();
    const before = sha256(filePath);
    const error = await refusal(filePath);
    expect(error.code).toBe('db_too_new');
    expect(error.message).toContain('version plus récente de Sève');
    expect(error.message).toContain('schéma 999');
    expect(sha256(filePath)).toBe(before);
  });

  it('refuses a read-only file and leaves it byte-identical', async () => {
    const filePath = path.join(dir, 'lecture-seule.sqlite');
    const created = await openSeveFile(filePath, { now });
    created.close();
    fs.chmodSync(filePath, 0o444);
    const before = sha256(filePath);
    const error = await refusal(filePath);
    expect(error.code).toBe('file_read_only');
    expect(error.message).toContain('lecture seule');
    expect(sha256(filePath)).toBe(before);
  });

  it('refuses another application’s SQLite file and leaves it byte-identical', async () => {
    const filePath = path.join(dir, 'autre-appli.db');
    const other = new Database(filePath);
    other.exec("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO contacts (name) VALUES ('x')");
    other.close();
    const before = sha256(filePath);
    const error = await refusal(filePath);
    expect(error.code).toBe('not_a_seve_file');
    expect(error.message).toContain('autre application');
    expect(sha256(filePath)).toBe(before);
  });

  it('refuses a truncated Sève file and leaves it byte-identical', async () => {
    const filePath = path.join(dir, 'tronque.sqlite');
    const created = await openSeveFile(filePath, { now });
    created.db.pragma('journal_mode = DELETE');
    created.close();
    const bytes = fs.readFileSync(filePath);
    fs.writeFileSync(filePath, bytes.subarray(0, 1024 + 100));
    const before = sha256(filePath);
    const error = await refusal(filePath);
    expect(error.code).toBe('not_a_seve_file');
    expect(sha256(filePath)).toBe(before);
  });

  it('refuses a folder', async () => {
    const error = await refusal(dir);
    expect(error.code).toBe('not_a_seve_file');
  });

  it('treats an empty file as a new data file', async () => {
    const filePath = path.join(dir, 'vide.sqlite');
    fs.writeFileSync(filePath, '');
    const { db, close } = await openSeveFile(filePath, { now });
    expect(db.pragma('application_id', { simple: true })).toBe(SEVE_APPLICATION_ID);
    close();
  });
});
