import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../shared/schemas/history';
import type { Identity } from '../../shared/schemas/identity';
import { expectOk, makeTempDir, openTestBackend, type TestBackend } from '../helpers/backend';

describe('"Qui êtes-vous ?": the author of every change', () => {
  let dir: string;
  let cleanup: () => void;
  let prefs: string;
  let backend: TestBackend;
  beforeEach(async () => {
    ({ dir, cleanup } = makeTempDir());
    prefs = path.join(dir, 'poste');
    backend = await openTestBackend({ filePath: path.join(dir, 'qualite.sqlite'), preferencesFolder: prefs });
  });
  afterEach(() => {
    backend.close();
    cleanup();
  });

  it('names no one until asked, then the chosen person in the history, the computer account beside', async () => {
    expect(await expectOk<Identity>(backend.api, 'identity.get', {})).toEqual({ person: null, account: 'Testeur' });
    const amelie = await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Amélie Durand', jobTitle: 'RQ' });
    expect(await expectOk<Identity>(backend.api, 'identity.choose', { personId: amelie.id })).toEqual({
      person: { id: amelie.id, name: 'Amélie Durand' },
      account: 'Testeur',
    });
    const process = await expectOk<{ id: number }>(backend.api, 'processes.create', {
      name: 'Accueil',
      kind: 'realisation',
      pilotId: null,
    });
    const [created] = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'process', entityId: process.id });
    expect(created).toMatchObject({ actor: 'Amélie Durand', actorPersonId: amelie.id, account: 'Testeur' });
    // Her own creation happened before she was chosen: the account made it, and the history says so.
    const [own] = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'person', entityId: amelie.id });
    expect(own).toMatchObject({ actor: 'Testeur', actorPersonId: null, account: 'Testeur' });
    // Renamed, she is named as she reads at the time of each change; earlier rows keep the old name.
    await expectOk(backend.api, 'people.update', { id: amelie.id, name: 'Amélie Durand-Roy', jobTitle: 'RQ', active: true });
    await expectOk(backend.api, 'processes.update', { id: process.id, name: 'Accueil et recrutement', kind: 'realisation', pilotId: null });
    const entries = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'process', entityId: process.id });
    expect(entries.map((entry) => entry.actor)).toEqual(['Amélie Durand-Roy', 'Amélie Durand']);
  });

  it('refuses a person who is not, or no longer, in the directory, and changes nothing', async () => {
    const unknown = await backend.api.invoke('identity.choose', { personId: 999 });
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { personId: expect.stringMatching(/pas dans l’annuaire/) } },
    });
    const paul = await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Paul Girard', jobTitle: null });
    await expectOk(backend.api, 'people.update', { id: paul.id, name: 'Paul Girard', jobTitle: null, active: false });
    const inactive = await backend.api.invoke('identity.choose', { personId: paul.id });
    expect(inactive).toMatchObject({ ok: false, error: { message: expect.stringMatching(/n’est plus active/) } });
    expect(await expectOk<Identity>(backend.api, 'identity.get', {})).toEqual({ person: null, account: 'Testeur' });
  });

  it('is remembered on this computer for this file, and asked again for a file whose directory lacks that person', async () => {
    const karim = await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Karim Benali', jobTitle: null });
    await expectOk(backend.api, 'identity.choose', { personId: karim.id });
    const stored = JSON.parse(fs.readFileSync(path.join(prefs, 'preferences.json'), 'utf8')) as { authors: Record<string, number> };
    expect(stored.authors).toEqual({ [backend.filePath]: karim.id });
    backend.session.close();
    // Another launch on the same computer: known at once.
    const again = await openTestBackend({ filePath: backend.filePath, preferencesFolder: prefs });
    try {
      expect((await expectOk<Identity>(again.api, 'identity.get', {})).person).toEqual({ id: karim.id, name: 'Karim Benali' });
      // Another file: Karim is not in its directory, so Sève asks again there.
      await expectOk(again.api, 'datafile.create', { path: path.join(dir, 'autre.sqlite') });
      expect((await expectOk<Identity>(again.api, 'identity.get', {})).person).toBeNull();
      // Another computer (its own preferences): asked again for the first file too.
      again.session.close();
      const elsewhere = await openTestBackend({ filePath: backend.filePath, preferencesFolder: path.join(dir, 'autre-poste') });
      expect((await expectOk<Identity>(elsewhere.api, 'identity.get', {})).person).toBeNull();
      elsewhere.session.close();
    } finally {
      again.session.close();
    }
  });

  it('keeps the history rows of schema 13 as the file holds them', async () => {
    const nadia = await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Nadia Haddad', jobTitle: null });
    await expectOk(backend.api, 'identity.choose', { personId: nadia.id });
    await expectOk(backend.api, 'people.update', { id: nadia.id, name: 'Nadia Haddad', jobTitle: 'CIP', active: true });
    const db = new Database(backend.filePath, { readonly: true });
    try {
      expect(
        db.prepare("SELECT actor, actor_person_id AS personId, account, action FROM history WHERE entity = 'person' ORDER BY id").all(),
      ).toEqual([
        { actor: 'Testeur', personId: null, account: 'Testeur', action: 'create' },
        { actor: 'Nadia Haddad', personId: nadia.id, account: 'Testeur', action: 'update' },
      ]);
    } finally {
      db.close();
    }
  });
});
