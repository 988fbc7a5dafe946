import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';

describe('history', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = await openTestBackend();
  });
  afterEach(() => backend.close());

  it('is append-only: the file itself refuses UPDATE and DELETE', async () => {
    await expectOk(backend.api, 'people.create', { name: 'Nadia Haddad', jobTitle: 'CIP' });
    const db = new Database(backend.filePath);
    expect(() => db.prepare("UPDATE history SET actor = 'faussaire'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM history').run()).toThrow(/append-only/);
    expect(db.prepare("SELECT actor FROM history WHERE entity = 'person'").pluck().all()).toEqual(['Testeur']);
    db.close();
  });

  it('is written in the same transaction as the change: a refused change leaves no trace', async () => {
    const person = await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Paul Girard', jobTitle: null });
    await expectOk(backend.api, 'processes.create', { name: 'Accompagnement', kind: 'realisation', pilotId: person.id });
    const duplicate = await backend.api.invoke('processes.create', { name: 'ACCOMPAGNEMENT', kind: 'support', pilotId: null });
    expect(duplicate).toMatchObject({ ok: false, error: { code: 'conflict', fields: { name: 'Un processus porte déjà ce nom.' } } });
    const db = new Database(backend.filePath, { readonly: true });
    expect(db.prepare("SELECT count(*) FROM history WHERE entity = 'process'").pluck().get()).toBe(1);
    db.close();
  });

  it('records who changed a person, when, and what', async () => {
    const person = await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Paul Girard', jobTitle: null });
    await expectOk(backend.api, 'people.update', { id: person.id, name: 'Paul Girard', jobTitle: 'Encadrant technique', active: false });
    const entries = await expectOk<{ action: string; at: string; changes: unknown[] }[]>(backend.api, 'history.forRecord', {
      entity: 'person',
      entityId: person.id,
    });
    expect(entries[0]).toMatchObject({
      action: 'update',
      at: '2026-11-26T10:00:00.000Z',
      changes: [
        { field: 'jobTitle', before: null, after: 'Encadrant technique' },
        { field: 'active', before: true, after: false },
      ],
    });
  });
});
