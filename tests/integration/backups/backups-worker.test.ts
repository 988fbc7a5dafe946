import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backup, BackupList } from '../../../shared/schemas/backups';
import { expectOk, makeTempDir, openTestBackend, type TestBackend } from '../../helpers/backend';
import { dataChecksum } from '../../helpers/checksum';
import { backupWorkerPath } from '../../helpers/packWorker';

const MB = 1024 * 1024;

/** Some weight for the copy: blobs as stored files are, written straight into the file. */
const addBlobs = (filePath: string, count: number, size: number): void => {
  const db = new Database(filePath);
  const insert = db.prepare("INSERT INTO blobs (sha256, size, created_at, data) VALUES (?, ?, '2026-11-26T08:00:00Z', ?)");
  for (let index = 0; index < count; index += 1) {
    const data = crypto.randomBytes(size);
    insert.run(crypto.createHash('sha256').update(data).digest('hex'), size, data);
  }
  db.close();
};

describe('backups in the worker: off the main thread, skipped when nothing changed, within a budget', { timeout: 60_000 }, () => {
  let dir: string;
  let cleanup: () => void;
  let filePath: string;
  let backend: TestBackend;
  let now: Date;

  const reopen = async () => {
    backend?.session.close();
    backend = await openTestBackend({
      filePath,
      now: () => now,
      preferencesFolder: path.join(dir, 'réglages'),
      backupWorker: await backupWorkerPath(),
      // Automatic backups never fall due here: each test takes the backups it speaks of.
      timers: { set: () => null, clear: () => undefined },
    });
  };
  /** Reopens, then waits for the opening backup the file answered without waiting for. */
  const reopenAndSettle = async () => {
    await reopen();
    await backend.session.idle();
  };
  const list = () => expectOk<BackupList>(backend.api, 'backups.list', {});

  beforeEach(async () => {
    ({ dir, cleanup } = makeTempDir());
    filePath = path.join(dir, 'qualite.sqlite');
    now = new Date('2026-11-26T09:00:00Z');
    await reopen();
  });
  afterEach(() => {
    backend.session.close();
    cleanup();
  });

  it('answers the API while a backup is copied and checked, and the copy is whole and verified', async () => {
    backend.session.close();
    addBlobs(filePath, 40, MB);
    await reopen();
    await expectOk(backend.api, 'people.create', { name: 'Amélie Durand', jobTitle: null });
    let done = false;
    const backingUp = expectOk<Backup>(backend.api, 'backups.create', {}).finally(() => (done = true));
    let answeredDuring = 0;
    while (!done) {
      await expectOk(backend.api, 'people.list', {});
      if (!done) answeredDuring += 1;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const backup = await backingUp;
    expect(answeredDuring).toBeGreaterThan(0);
    const copy = new Database(backup.path, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    const blobs = copy.prepare<[], { sha256: string; data: Buffer }>('SELECT sha256, data FROM blobs').all();
    copy.close();
    expect(blobs).toHaveLength(40);
    for (const blob of blobs) expect(crypto.createHash('sha256').update(blob.data).digest('hex')).toBe(blob.sha256);
    expect(dataChecksum(backup.path, ['blobs'])).toBe(dataChecksum(filePath, ['blobs']));
  });

  it('takes no opening backup when the newest one already holds the same content, and one after a change', async () => {
    await expectOk(backend.api, 'people.create', { name: 'Amélie Durand', jobTitle: null });
    await expectOk(backend.api, 'backups.create', {});
    now = new Date('2026-11-26T10:00:00Z');
    await reopenAndSettle();
    expect((await list()).backups.map((backup) => backup.kind)).toEqual(['manuelle']);
    await expectOk(backend.api, 'people.create', { name: 'Karim Benali', jobTitle: null });
    backend.session.close();
    now = new Date('2026-11-26T11:00:00Z');
    await reopen();
    // The file answers before its opening backup is written: the copy runs in the worker meanwhile.
    const settled = await Promise.race([backend.session.openingBackup().then(() => 'écrite'), Promise.resolve('en cours')]);
    expect(settled).toBe('en cours');
    expect((await expectOk<{ name: string }[]>(backend.api, 'people.list', {})).map((p) => p.name)).toContain('Karim Benali');
    await backend.session.idle();
    expect((await list()).backups.map((backup) => backup.kind)).toEqual(['ouverture', 'manuelle']);
  });

  it('restores exactly the chosen state from a backup the worker made', async () => {
    await expectOk(backend.api, 'people.create', { name: 'Amélie Durand', jobTitle: null });
    const saved = await expectOk<Backup>(backend.api, 'backups.create', {});
    const before = dataChecksum(saved.path, ['history', 'history_chain']);
    now = new Date('2026-11-26T10:00:00Z');
    await expectOk(backend.api, 'people.create', { name: 'Karim Benali', jobTitle: null });
    await expectOk(backend.api, 'backups.restore', { id: saved.id });
    const people = await expectOk<{ name: string }[]>(backend.api, 'people.list', {});
    expect(people.map((person) => person.name)).toEqual(['Amélie Durand']);
    backend.session.close();
    // Every table as it was, but the timeline that now says the restore happened.
    expect(dataChecksum(filePath, ['history', 'history_chain'])).toBe(before);
    await reopen();
  });

  it('shows the budget and what the backups take, removes the oldest past a budget the user sets, refuses a bad one in French', async () => {
    backend.session.close();
    addBlobs(filePath, 12, MB);
    await reopen();
    for (const hour of [10, 11, 12]) {
      now = new Date(`2026-11-26T${hour}:00:00Z`);
      await expectOk(backend.api, 'people.create', { name: `Personne ${hour}`, jobTitle: null });
      await expectOk(backend.api, 'backups.create', {});
    }
    const initial = await list();
    expect(initial.budgetIsDefault).toBe(true);
    expect(initial.budgetBytes).toBe(500 * MB);
    // The opening after the blobs were added, then the three taken by hand.
    expect(initial.backups).toHaveLength(4);
    expect(initial.usedBytes).toBe(initial.backups.reduce((sum, backup) => sum + backup.sizeBytes, 0));

    const refused = await backend.api.invoke('backups.setBudget', { budgetMb: 5 });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { budgetMb: expect.stringMatching(/Au moins 10 Mo/) } },
    });
    expect((await list()).backups).toHaveLength(4);

    // Room for two backups of about 13 Mo: the oldest goes at once.
    const limited = await expectOk<BackupList>(backend.api, 'backups.setBudget', { budgetMb: 30 });
    expect(limited.budgetIsDefault).toBe(false);
    expect(limited.budgetBytes).toBe(30 * MB);
    expect(limited.backups.map((backup) => backup.createdAt)).toEqual(['2026-11-26T12:00:00.000Z', '2026-11-26T11:00:00.000Z']);
    expect(limited.usedBytes).toBeLessThanOrEqual(30 * MB);
    expect(fs.existsSync(initial.backups[3]?.path ?? '')).toBe(false);

    const reset = await expectOk<BackupList>(backend.api, 'backups.setBudget', { budgetMb: null });
    expect(reset.budgetIsDefault).toBe(true);
  });
});
