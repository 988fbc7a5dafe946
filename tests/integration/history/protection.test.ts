import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkHistoryChain, registerHistoryHash } from '../../../electron/backend/history/chain';
import { expectOk, makeTempDir, openTestBackend, type TestBackend } from '../../helpers/backend';
import { dataChecksum } from '../../helpers/checksum';

/** A Sève file with a few history rows, closed: what another SQLite tool would then open. */
const makeFile = async (filePath: string): Promise<void> => {
  const backend = await openTestBackend({ filePath });
  const person = await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Amélie Durand', jobTitle: null });
  await expectOk(backend.api, 'processes.create', { name: 'Accueil', kind: 'realisation', pilotId: person.id });
  await expectOk(backend.api, 'people.update', { id: person.id, name: 'Amélie Durand-Petit', jobTitle: 'Qualité', active: true });
  backend.session.close();
};

/** Another SQLite tool on the file; `withHash`: one that also knows Sève's hash function. */
const tool = (filePath: string, withHash = true): Database.Database => {
  const db = new Database(filePath);
  if (withHash) registerHistoryHash(db);
  return db;
};

const refusedBy = (db: Database.Database, sql: string): string => {
  try {
    db.exec(sql);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`accepted: ${sql}`);
};

describe('the append-only history and its hash chain', () => {
  let dir: string;
  let cleanup: () => void;
  let filePath: string;
  let backend: TestBackend | null;
  beforeEach(async () => {
    ({ dir, cleanup } = makeTempDir());
    filePath = path.join(dir, 'qualite.sqlite');
    backend = null;
    await makeFile(filePath);
  });
  afterEach(() => {
    backend?.session.close();
    cleanup();
  });

  it('refuses every statement that would replace, change or remove a history row or its hash', () => {
    const db = tool(filePath);
    try {
      const before = dataChecksum(filePath);
      const row = db.prepare('SELECT * FROM history ORDER BY id LIMIT 1').get() as { id: number };
      const statements = [
        `INSERT OR REPLACE INTO history (id, at, actor, entity, entity_id, action, changes) VALUES (${row.id}, '2020-01-01T00:00:00Z', 'Intrus', 'person', 1, 'create', '[]')`,
        `REPLACE INTO history (id, at, actor, entity, entity_id, action, changes) VALUES (${row.id}, '2020-01-01T00:00:00Z', 'Intrus', 'person', 1, 'create', '[]')`,
        `INSERT INTO history (id, at, actor, entity, entity_id, action, changes) VALUES (${row.id}, 'x', 'Intrus', 'person', 1, 'create', '[]') ON CONFLICT (id) DO UPDATE SET actor = 'Intrus'`,
        `INSERT OR IGNORE INTO history (id, at, actor, entity, entity_id, action, changes) VALUES (${row.id}, 'x', 'Intrus', 'person', 1, 'create', '[]')`,
        "UPDATE history SET actor = 'Intrus'",
        'UPDATE OR REPLACE history SET id = id + 1000',
        'DELETE FROM history',
        `DELETE FROM history WHERE id = ${row.id}`,
        "UPDATE history_chain SET hash = '0000000000000000000000000000000000000000000000000000000000000000'",
        'DELETE FROM history_chain',
        `INSERT OR REPLACE INTO history_chain (history_id, hash) VALUES (${row.id}, '${'0'.repeat(64)}')`,
      ];
      for (const sql of statements) expect(refusedBy(db, sql), sql).toMatch(/append-only/);
      // Without Sève's hash function, another tool cannot even append.
      const plain = tool(filePath, false);
      expect(
        refusedBy(
          plain,
          "INSERT INTO history (at, actor, entity, entity_id, action, changes) VALUES ('x', 'Intrus', 'person', 1, 'create', '[]')",
        ),
      ).toMatch(/seve_history_hash/);
      plain.close();
      expect(dataChecksum(filePath)).toBe(before);
    } finally {
      db.close();
    }
  });

  it('chains every row: intact after Sève wrote, broken from the first row edited behind its back', async () => {
    const db = tool(filePath);
    const rows = db.prepare('SELECT id FROM history ORDER BY id').pluck().all() as number[];
    const intact = checkHistoryChain(db);
    expect(intact).toMatchObject({ intact: true, entries: rows.length });
    expect(intact.head).toMatch(/^[0-9a-f]{64}$/);
    // An edit with the triggers dropped and put back as they were: the file looks untouched…
    const triggers = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'history'").all() as {
      name: string;
      sql: string;
    }[];
    const edited = rows[1] ?? 0;
    db.transaction(() => {
      for (const trigger of triggers) db.exec(`DROP TRIGGER ${trigger.name}`);
      db.prepare("UPDATE history SET actor = 'Quelqu’un d’autre' WHERE id = ?").run(edited);
      for (const trigger of triggers) db.exec(trigger.sql);
    })();
    // …but the chain says from which row it no longer holds.
    expect(checkHistoryChain(db)).toMatchObject({ intact: false, brokenAt: edited, entries: rows.length });
    db.close();
    // The protection being back as it was, Sève opens it for writing, and goes on chaining.
    backend = await openTestBackend({ filePath });
    expect(backend.session.info().file).toMatchObject({ status: 'open', readOnly: false });
    await expectOk(backend.api, 'people.create', { name: 'Bruno Martin', jobTitle: null });
    backend.session.close();
    backend = null;
    const again = tool(filePath);
    expect(checkHistoryChain(again)).toMatchObject({ intact: false, brokenAt: edited, entries: rows.length + 1 });
    again.close();
  });

  it('notices a row inserted in the past and a hash removed', () => {
    const db = tool(filePath);
    db.exec(
      "INSERT INTO history (id, at, actor, entity, entity_id, action, changes) VALUES (-5, '2020-01-01T00:00:00Z', 'Intrus', 'person', 1, 'create', '[]')",
    );
    expect(checkHistoryChain(db)).toMatchObject({ intact: false, brokenAt: -5 });
    db.close();
  });

  it.each([
    ['a dropped trigger', 'DROP TRIGGER history_no_update'],
    ['a dropped guard against replacing', 'DROP TRIGGER history_no_replace'],
    ['a dropped chain trigger', 'DROP TRIGGER history_chain_append'],
    [
      'a trigger replaced by a no-op of the same name',
      'DROP TRIGGER history_no_delete; CREATE TRIGGER history_no_delete BEFORE DELETE ON history BEGIN SELECT 1; END;',
    ],
    ['a trigger added on the history', 'CREATE TRIGGER history_spy AFTER INSERT ON history BEGIN SELECT 1; END;'],
  ])('opens a file with %s read-only, says why in French, and refuses every change', async (_label, sql) => {
    const db = tool(filePath);
    db.exec(sql);
    db.close();
    const before = dataChecksum(filePath);
    backend = await openTestBackend({ filePath });
    const info = backend.session.info();
    expect(info.file).toMatchObject({ status: 'open', readOnly: true });
    if (info.file.status !== 'open') throw new Error('not open');
    expect(info.file.readOnlyReason).toMatch(/protection de l’historique .* retirée ou modifiée .* lecture seule/);
    expect(await expectOk(backend.api, 'people.list', {})).toHaveLength(1);
    const refused = await backend.api.invoke('people.create', { name: 'Bruno Martin', jobTitle: null });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'file_read_only', message: expect.stringMatching(/protection de l’historique/) },
    });
    expect(await backend.api.invoke('backups.create', {})).toMatchObject({ ok: false, error: { code: 'file_read_only' } });
    backend.session.close();
    backend = null;
    expect(dataChecksum(filePath)).toBe(before);
    // A read-only view takes no backup either.
    expect(fs.existsSync(path.join(dir, 'Sauvegardes'))).toBe(false);
  });

  it('refuses, in French, a file whose history table is gone', async () => {
    const db = tool(filePath);
    db.exec('DROP TABLE history_chain; DROP TABLE history');
    db.close();
    backend = await openTestBackend({ filePath });
    expect(backend.session.info().file).toMatchObject({
      status: 'error',
      code: 'not_a_seve_file',
      message: expect.stringMatching(/endommagé .* manque des tables .*history/),
    });
  });
});
