import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEVE_APPLICATION_ID } from '../../../electron/backend/db/inspect';
import { AFTER_OPENING_DELAY_MS } from '../../../electron/backend/session-activate';
import { expectOk, makeTempDir, openTestBackend, type TestBackend } from '../../helpers/backend';
import { dataChecksum } from '../../helpers/checksum';
import { sha256 } from '../../helpers/files';
import { manualTime } from '../../helpers/manualTime';
import { backupWorkerPath } from '../../helpers/packWorker';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Makes "row N missing from index history_record": the index's definition is changed behind
 * SQLite's back (writable_schema), so its entries no longer match the table. quick_check does not
 * see it; integrity_check does.
 */
const breakHistoryIndex = (db: Database.Database): void => {
  db.unsafeMode(true);
  db.pragma('writable_schema = ON');
  db.prepare(
    "UPDATE sqlite_schema SET sql = 'CREATE INDEX history_record ON history (actor, entity_id, id)' WHERE name = 'history_record'",
  ).run();
  db.pragma('writable_schema = OFF');
  db.unsafeMode(false);
};

describe('files Sève must not write to, and files it cannot use', () => {
  let dir: string;
  let cleanup: () => void;
  let filePath: string;
  let backend: TestBackend | null;
  beforeEach(async () => {
    ({ dir, cleanup } = makeTempDir());
    filePath = path.join(dir, 'qualite.sqlite');
    backend = await openTestBackend({ filePath });
    for (let n = 0; n < 5; n += 1) await expectOk(backend.api, 'people.create', { name: `Personne ${n}`, jobTitle: null });
    backend.session.close();
    backend = null;
  });
  afterEach(() => {
    backend?.session.close();
    cleanup();
  });

  it('opens a file whose index no longer matches its table read-only, with the integrity check’s finding in French', async () => {
    const db = new Database(filePath);
    breakHistoryIndex(db);
    db.close();
    const probe = new Database(filePath, { readonly: true });
    expect(probe.pragma('quick_check', { simple: true })).toBe('ok');
    expect(probe.pragma('integrity_check', { simple: true })).toMatch(/missing from index history_record/);
    probe.close();
    const before = dataChecksum(filePath);
    backend = await openTestBackend({ filePath });
    const { file } = backend.session.info();
    expect(file).toMatchObject({ status: 'open', readOnly: true });
    if (file.status !== 'open') throw new Error('not open');
    expect(file.readOnlyReason).toMatch(/endommagé : la vérification d’intégrité .*missing from index history_record.* lecture seule/);
    expect(await expectOk(backend.api, 'people.list', {})).toHaveLength(5);
    expect(await backend.api.invoke('people.create', { name: 'Intrus', jobTitle: null })).toMatchObject({
      ok: false,
      error: { code: 'file_read_only', message: expect.stringMatching(/vérification d’intégrité/) },
    });
    backend.session.close();
    backend = null;
    expect(dataChecksum(filePath)).toBe(before);
  });

  /**
   * Damages the file's history index, then opens it with a backup worker and timers moved by hand:
   * its checksum before, the time that starts the check once moved past the delay, and the backend.
   */
  const openDamagedWithWorker = async () => {
    const db = new Database(filePath);
    breakHistoryIndex(db);
    db.close();
    const before = dataChecksum(filePath);
    const time = manualTime('2026-11-26T10:00:00Z');
    const opened = await openTestBackend({ filePath, backupWorker: await backupWorkerPath(), now: time.now, timers: time.timers });
    backend = opened;
    return { before, time, opened };
  };

  it('with a backup worker, answers at once and checks once the first screen had its time, then holds a damaged file read-only', async () => {
    const { before, time, opened } = await openDamagedWithWorker();
    expect(await expectOk(opened.api, 'people.list', {})).toHaveLength(5);
    // Reads do not start the check: a second later (far more than it takes here), it has not run.
    const waited = await Promise.race([opened.session.openingBackup().then(() => 'vérifié'), sleep(1_000).then(() => 'en attente')]);
    expect(waited).toBe('en attente');
    expect(opened.session.isReadOnly()).toBe(false);
    time.advance(AFTER_OPENING_DELAY_MS);
    await opened.session.openingBackup();
    const { file } = opened.session.info();
    expect(file).toMatchObject({ status: 'open', readOnly: true });
    if (file.status !== 'open') throw new Error('not open');
    expect(file.readOnlyReason).toMatch(/vérification d’intégrité .*missing from index history_record/);
    expect(await opened.api.invoke('people.create', { name: 'Intrus', jobTitle: null })).toMatchObject({
      ok: false,
      error: { code: 'file_read_only' },
    });
    opened.session.close();
    backend = null;
    expect(dataChecksum(filePath)).toBe(before);
    // No opening backup of a damaged file was kept.
    expect(fs.existsSync(path.join(dir, 'Sauvegardes')) ? fs.readdirSync(path.join(dir, 'Sauvegardes')) : []).toEqual([]);
  });

  it('with a backup worker, a change asked for before the check starts it, waits for it and is refused on a damaged file', async () => {
    // The delay never passes here: only the change can start the check.
    const { before, opened } = await openDamagedWithWorker();
    expect(await opened.api.invoke('people.create', { name: 'Intrus', jobTitle: null })).toMatchObject({
      ok: false,
      error: { code: 'file_read_only', message: expect.stringMatching(/vérification d’intégrité/) },
    });
    expect(await expectOk(opened.api, 'people.list', {})).toHaveLength(5);
    opened.session.close();
    backend = null;
    expect(dataChecksum(filePath)).toBe(before);
  });

  it('turns read-only when the opening backup finds the file damaged', async () => {
    // The damage appears after the inspection (as a failing disk would), before the opening backup.
    backend = await openTestBackend({
      filePath,
      onConnection: (db) => {
        if (!db.readonly) breakHistoryIndex(db);
      },
    });
    // The opening backup follows the opening: the file is held read-only once it has looked.
    await backend.session.idle();
    const { file } = backend.session.info();
    expect(file).toMatchObject({ status: 'open', readOnly: true, backupWarning: null });
    if (file.status !== 'open') throw new Error('not open');
    expect(file.readOnlyReason).toMatch(/vérification d’intégrité/);
    expect(await backend.api.invoke('people.create', { name: 'Intrus', jobTitle: null })).toMatchObject({
      ok: false,
      error: { code: 'file_read_only' },
    });
    // The copy that failed its check was removed: only good backups are ever listed.
    expect(fs.readdirSync(path.join(dir, 'Sauvegardes')).filter((name) => name.endsWith('.sqlite'))).toEqual([]);
  });

  it.each([
    [
      'Sève’s application id and schema number but no tables',
      (target: string) => {
        const db = new Database(target);
        db.pragma(`application_id = ${SEVE_APPLICATION_ID}`);
        db.pragma('user_version = 9');
        db.close();
      },
      /manque des tables que son schéma 9 prévoit/,
    ],
    [
      'its schema number set back to 0',
      (target: string) => {
        const db = new Database(target);
        db.pragma('user_version = 0');
        db.close();
      },
      /numéro de version a été effacé/,
    ],
  ])('refuses a file with %s, in French, without touching it', async (_label, damage, message) => {
    const target = path.join(dir, 'abime.sqlite');
    if (message.source.includes('effacé')) fs.copyFileSync(filePath, target);
    damage(target);
    const before = sha256(target);
    backend = await openTestBackend({ filePath: target });
    expect(backend.session.info().file).toMatchObject({
      status: 'error',
      code: 'not_a_seve_file',
      message: expect.stringMatching(message),
    });
    expect(backend.errors).toEqual([]);
    // Switching to it from a good file is refused the same way, and the good file stays open.
    backend.session.close();
    backend = await openTestBackend({ filePath });
    const switched = await backend.api.invoke('datafile.open', { path: target });
    expect(switched).toMatchObject({ ok: false, error: { code: 'not_a_seve_file', message: expect.stringMatching(message) } });
    expect(backend.session.filePath()).toBe(filePath);
    expect(sha256(target)).toBe(before);
  });
});
