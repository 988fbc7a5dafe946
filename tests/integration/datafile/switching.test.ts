import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppInfo } from '../../../shared/schemas/app';
import type { RecentFile } from '../../../shared/schemas/datafile';
import { createApi } from '../../../electron/backend/api';
import { createSession } from '../../../electron/backend/session';
import { expectOk, makeTempDir, openTestBackend, type TestBackend } from '../../helpers/backend';
import { sha256 } from '../../helpers/files';

describe('new, open, switch, recent files and "Enregistrer une copie sous…"', () => {
  let dir: string;
  let cleanup: () => void;
  let backend: TestBackend;
  beforeEach(async () => {
    ({ dir, cleanup } = makeTempDir());
    backend = await openTestBackend({ filePath: path.join(dir, 'premier.sqlite'), preferencesFolder: path.join(dir, 'réglages') });
    await expectOk(backend.api, 'people.create', { name: 'Amélie Durand', jobTitle: null });
  });
  afterEach(() => {
    backend.close();
    cleanup();
  });

  it('creates a new file, switches to it, and remembers both in the recent list (newest first)', async () => {
    const second = path.join(dir, 'Autre structure', 'second.sqlite');
    const info = await expectOk<AppInfo>(backend.api, 'datafile.create', { path: second });
    expect(info.file).toMatchObject({ status: 'open', path: second, readOnly: false });
    expect(await expectOk(backend.api, 'people.list', {})).toEqual([]);
    const recent = await expectOk<RecentFile[]>(backend.api, 'datafile.recent', {});
    expect(recent.map((entry) => [entry.path, entry.exists])).toEqual([
      [second, true],
      [path.join(dir, 'premier.sqlite'), true],
    ]);
    const back = await expectOk<AppInfo>(backend.api, 'datafile.open', { path: path.join(dir, 'premier.sqlite') });
    expect(back.file).toMatchObject({ status: 'open', path: path.join(dir, 'premier.sqlite') });
    expect(await expectOk<{ name: string }[]>(backend.api, 'people.list', {})).toMatchObject([{ name: 'Amélie Durand' }]);
  });

  it('keeps the recent list across sessions, in this computer’s preferences', async () => {
    const session = createSession({
      host: 'browser',
      appVersion: 't',
      account: 't',
      now: () => new Date(),
      preferencesFolder: path.join(dir, 'réglages'),
    });
    expect(session.recentFiles().map((entry) => entry.path)).toEqual([path.join(dir, 'premier.sqlite')]);
  });

  it('refuses to create over an existing file, and to open a missing one; the current file stays open', async () => {
    expect(await backend.api.invoke('datafile.create', { path: path.join(dir, 'premier.sqlite') })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await backend.api.invoke('datafile.open', { path: path.join(dir, 'absent.sqlite') })).toMatchObject({
      ok: false,
      error: { code: 'file_not_found' },
    });
    expect(await backend.api.invoke('datafile.create', { path: path.join(dir, 'sans-extension') })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { path: expect.stringContaining('.sqlite') } },
    });
    expect(await backend.api.invoke('datafile.open', { path: 'relatif.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(backend.session.info().file).toMatchObject({ status: 'open', path: path.join(dir, 'premier.sqlite') });
  });

  it('refuses a foreign file when switching and leaves both files untouched', async () => {
    const foreign = path.join(dir, 'autre.db');
    const other = new Database(foreign);
    other.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    other.close();
    const before = sha256(foreign);
    const result = await backend.api.invoke('datafile.open', { path: foreign });
    expect(result).toMatchObject({ ok: false, error: { code: 'not_a_seve_file' } });
    expect(sha256(foreign)).toBe(before);
    expect(await expectOk(backend.api, 'people.list', {})).toHaveLength(1);
  });

  it('saves a verified copy elsewhere and stays on the open file; never over an existing file or the open one', async () => {
    const target = path.join(dir, 'Copies', 'copie.sqlite');
    const copy = await expectOk<{ path: string; sizeBytes: number }>(backend.api, 'datafile.saveCopy', { path: target });
    expect(copy.path).toBe(target);
    expect(fs.existsSync(`${target}-wal`)).toBe(false);
    const db = new Database(target, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(db.prepare('SELECT name FROM people').pluck().all()).toEqual(['Amélie Durand']);
    db.close();
    expect(backend.session.filePath()).toBe(path.join(dir, 'premier.sqlite'));
    expect(await backend.api.invoke('datafile.saveCopy', { path: target })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await backend.api.invoke('datafile.saveCopy', { path: path.join(dir, 'premier.sqlite') })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(fs.readdirSync(path.join(dir, 'Copies'))).toEqual(['copie.sqlite']);
  });

  it('in the desktop app, the page may only reopen files this computer already opened', async () => {
    const session = createSession({
      host: 'electron',
      appVersion: 't',
      account: 't',
      now: () => new Date(),
      preferencesFolder: path.join(dir, 'réglages'),
    });
    await session.open(path.join(dir, 'bureau.sqlite'));
    const api = createApi(session, () => undefined);
    try {
      expect(await api.invoke('datafile.create', { path: path.join(dir, 'x.sqlite') })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
      expect(await api.invoke('datafile.saveCopy', { path: path.join(dir, 'y.sqlite') })).toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
      expect(await api.invoke('backups.setFolder', { folder: dir })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await api.invoke('datafile.open', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(await api.invoke('datafile.open', { path: path.join(dir, 'premier.sqlite') })).toMatchObject({
        ok: false,
        error: { code: 'file_locked' },
      });
      expect(await api.invoke('datafile.chooseOpen', {})).toMatchObject({ ok: false, error: { code: 'unsupported' } });
      expect(fs.existsSync(path.join(dir, 'x.sqlite'))).toBe(false);
    } finally {
      session.close();
    }
  });
});
