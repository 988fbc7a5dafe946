import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backup, BackupList } from '../../../shared/schemas/backups';
import { AUTO_BACKUP_INTERVAL_MS } from '../../../shared/domain/backups';
import { expectOk, makeTempDir, openTestBackend, type TestBackend } from '../../helpers/backend';
import { dataChecksum } from '../../helpers/checksum';
import { manualTime } from '../../helpers/manualTime';

const person = (name: string) => ({ name, jobTitle: null });

describe('automatic backups, retention and restore', () => {
  let dir: string;
  let cleanup: () => void;
  let filePath: string;
  let backend: TestBackend;
  let time: ReturnType<typeof manualTime>;

  const reopen = async () => {
    backend?.session.close();
    backend = await openTestBackend({ filePath, now: time.now, timers: time.timers, preferencesFolder: path.join(dir, 'réglages') });
    await backend.session.idle();
  };
  const list = () => expectOk<BackupList>(backend.api, 'backups.list', {});

  beforeEach(async () => {
    ({ dir, cleanup } = makeTempDir());
    filePath = path.join(dir, 'qualite.sqlite');
    time = manualTime('2026-11-26T09:00:00Z');
    await reopen();
  });
  afterEach(() => {
    backend.session.close();
    cleanup();
  });

  it('backs up on opening an existing file, verified, in Sauvegardes beside it', async () => {
    expect((await list()).backups).toEqual([]);
    await expectOk(backend.api, 'people.create', person('Amélie Durand'));
    await backend.session.idle();
    await reopen();
    const { folder, backups } = await list();
    expect(folder).toBe(path.join(dir, 'Sauvegardes'));
    // The change was still waiting for its automatic backup at closing: the opening backup holds it.
    expect(backups.map((backup) => backup.kind)).toEqual(['ouverture']);
    for (const backup of backups) {
      const db = new Database(backup.path, { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
      db.close();
    }
    expect(backups[0]?.counts).toMatchObject({ people: 1, documents: 0 });
  });

  it('after changes, backs up at once after a quiet spell, then at most every 15 minutes', async () => {
    await expectOk(backend.api, 'people.create', person('Un'));
    time.advance(0);
    await backend.session.idle();
    expect((await list()).backups.map((backup) => backup.kind)).toEqual(['auto']);
    time.advance(60_000);
    await expectOk(backend.api, 'people.create', person('Deux'));
    await expectOk(backend.api, 'people.create', person('Trois'));
    time.advance(AUTO_BACKUP_INTERVAL_MS - 120_000);
    await backend.session.idle();
    expect((await list()).backups).toHaveLength(1);
    time.advance(60_000);
    await backend.session.idle();
    const { backups } = await list();
    expect(backups.map((backup) => [backup.kind, backup.counts?.people])).toEqual([
      ['auto', 3],
      ['auto', 1],
    ]);
    time.advance(AUTO_BACKUP_INTERVAL_MS * 4);
    await backend.session.idle();
    expect((await list()).backups).toHaveLength(2);
  });

  it('keeps the last 10 plus the last of each of the past 30 days', async () => {
    // 35 days, two backups a day (09:00 and 10:00 UTC): the newest 10 cover the last 5 days.
    for (let day = 0; day < 35; day += 1) {
      for (let k = 0; k < 2; k += 1) {
        time.advance(day === 0 && k === 0 ? 0 : k === 0 ? 23 * 3600_000 : 3600_000);
        await expectOk(backend.api, 'backups.create', {});
      }
    }
    const { backups } = await list();
    const days = new Set(backups.map((backup) => backup.createdAt.slice(0, 10)));
    expect(days.size).toBe(30);
    expect(backups).toHaveLength(10 + 30 - 5);
    expect(backups.slice(0, 10).every((backup, index) => index === 0 || backup.createdAt < (backups[index - 1]?.createdAt ?? ''))).toBe(
      true,
    );
  }, 30_000);

  const timeline = () =>
    expectOk<{ action: string; changes: { field: string; after: unknown }[] }[]>(backend.api, 'history.forRecord', {
      entity: 'organisation',
      entityId: 1,
    });

  it('restores a backup after backing up the current state, and brings the records back', async () => {
    await expectOk(backend.api, 'people.create', person('Amélie Durand'));
    await expectOk(backend.api, 'organisation.update', { name: 'AI du Val', indiceScheme: 'numeric' });
    const saved = await expectOk<Backup>(backend.api, 'backups.create', {});
    time.advance(3600_000);
    await expectOk(backend.api, 'people.create', person('Ajout après la sauvegarde'));
    await expectOk(backend.api, 'organisation.update', { name: 'Nom changé', indiceScheme: 'alpha' });
    const beforeRestore = dataChecksum(filePath, ['history', 'history_chain']);
    const historyBefore = await timeline();

    const result = await expectOk<{ restored: Backup; safety: Backup }>(backend.api, 'backups.restore', { id: saved.id });
    expect(result.restored.id).toBe(saved.id);
    expect(result.safety.kind).toBe('avant-restauration');
    expect(result.safety.counts?.people).toBe(2);
    expect(await expectOk<{ name: string }[]>(backend.api, 'people.list', {})).toMatchObject([{ name: 'Amélie Durand' }]);
    expect(backend.session.info()).toMatchObject({ organisationName: 'AI du Val', file: { status: 'open', readOnly: false } });
    // The restored file says, on the structure's timeline, which backup came back and which one kept what it replaced.
    expect((await timeline())[0]).toMatchObject({
      action: 'restore',
      changes: [
        { field: 'backupTakenAt', after: saved.createdAt },
        { field: 'backupKind', after: 'manuelle' },
        { field: 'safetyBackup', after: result.safety.id },
      ],
    });

    // The pre-restore state is itself restorable: restoring it undoes the restore, and says so.
    await expectOk(backend.api, 'backups.restore', { id: result.safety.id });
    expect(dataChecksum(filePath, ['history', 'history_chain'])).toBe(beforeRestore);
    const historyAfter = await timeline();
    expect(historyAfter.slice(1)).toEqual(historyBefore);
    expect(historyAfter[0]).toMatchObject({
      action: 'restore',
      changes: [{ after: result.safety.createdAt }, { after: 'avant-restauration' }, {}],
    });
  });

  it('keeps the restore on the timeline even when Sève is killed right after putting the content back', async () => {
    await expectOk(backend.api, 'people.create', person('Amélie Durand'));
    const saved = await expectOk<Backup>(backend.api, 'backups.create', {});
    time.advance(3600_000);
    await expectOk(backend.api, 'people.create', person('Ajout après la sauvegarde'));
    backend.session.close();
    // Stands in for a kill just after the copy: the reopening after the restore never happens.
    let activations = 0;
    backend = await openTestBackend({
      filePath,
      now: time.now,
      timers: time.timers,
      preferencesFolder: path.join(dir, 'réglages'),
      onConnection: () => {
        activations += 1;
        if (activations === 2) throw new Error('processus arrêté');
      },
    });
    const killed = await backend.api.invoke('backups.restore', { id: saved.id });
    expect(killed.ok).toBe(false);
    backend.session.close();
    const db = new Database(filePath, { readonly: true });
    const restore = db.prepare("SELECT changes FROM history WHERE action = 'restore'").pluck().all() as string[];
    const names = db.prepare('SELECT name FROM people ORDER BY id').pluck().all();
    db.close();
    expect(names).toEqual(['Amélie Durand']);
    expect(restore.map((changes) => JSON.parse(changes) as unknown)).toEqual([
      [
        { field: 'backupTakenAt', before: null, after: saved.createdAt },
        { field: 'backupKind', before: null, after: 'manuelle' },
        { field: 'safetyBackup', before: null, after: expect.stringMatching(/avant-restauration/) },
      ],
    ]);
    await reopen();
    expect(backend.session.info().file).toMatchObject({ status: 'open', readOnly: false });
    // No staged copy is left behind.
    expect(fs.readdirSync(path.join(dir, 'Sauvegardes')).filter((name) => name.startsWith('.partiel'))).toEqual([]);
  });

  it('removes the half-written copies a crash left, at the next opening, and only this file’s', async () => {
    const folder = path.join(dir, 'Sauvegardes');
    fs.mkdirSync(folder, { recursive: true });
    const left = [
      '.partiel-qualite-0a1b2c3d4e5f.sqlite',
      '.partiel-qualite-0a1b2c3d4e5f.sqlite-journal',
      '.partiel-qualite-restauration-ffeeddccbbaa.sqlite',
    ];
    for (const name of [...left, '.partiel-autre-0a1b2c3d4e5f.sqlite']) fs.writeFileSync(path.join(folder, name), 'x'.repeat(1000));
    await reopen();
    expect(fs.readdirSync(folder).filter((name) => name.startsWith('.partiel'))).toEqual(['.partiel-autre-0a1b2c3d4e5f.sqlite']);
  });

  it('refuses a damaged backup, an unknown one and a path, without touching the file', async () => {
    await expectOk(backend.api, 'people.create', person('Amélie Durand'));
    const saved = await expectOk<Backup>(backend.api, 'backups.create', {});
    const before = dataChecksum(filePath);
    const bytes = fs.readFileSync(saved.path);
    bytes.fill(0x5a, 4096, 8192);
    fs.writeFileSync(saved.path, bytes);
    expect(await backend.api.invoke('backups.restore', { id: saved.id })).toMatchObject({ ok: false, error: { code: 'not_a_seve_file' } });
    expect(await backend.api.invoke('backups.restore', { id: 'qualite.manuelle.2020-01-01T00-00-00-000Z.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await backend.api.invoke('backups.restore', { id: '../qualite.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(dataChecksum(filePath)).toBe(before);
    expect((await list()).backups.filter((backup) => backup.kind === 'avant-restauration')).toEqual([]);
  });

  it('takes backups in a chosen folder, and goes back to the default', async () => {
    const elsewhere = path.join(dir, 'Disque externe', 'Sève');
    const changed = await expectOk<BackupList>(backend.api, 'backups.setFolder', { folder: elsewhere });
    expect(changed.folder).toBe(elsewhere);
    const backup = await expectOk<Backup>(backend.api, 'backups.create', {});
    expect(path.dirname(backup.path)).toBe(elsewhere);
    await reopen();
    expect((await list()).folder).toBe(elsewhere);
    expect(await backend.api.invoke('backups.setFolder', { folder: path.join(filePath, 'sous-dossier') })).toMatchObject({
      ok: false,
      error: { code: 'io_error' },
    });
    expect((await expectOk<BackupList>(backend.api, 'backups.setFolder', { folder: null })).folder).toBe(path.join(dir, 'Sauvegardes'));
  });
});
