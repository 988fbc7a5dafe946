import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSeveFile } from '../../../electron/backend/db/connection';
import { migrations } from '../../../electron/backend/db/migrations';
import type { Action } from '../../../shared/schemas/actions';
import type { Complaint } from '../../../shared/schemas/complaints';
import type { Person } from '../../../shared/schemas/people';
import type { Risk } from '../../../shared/schemas/risks';
import { expectOk, makeTempDir, openTestBackend } from '../../helpers/backend';
import { riskFields } from '../../helpers/context';
import { triageActionFields } from '../../helpers/nonconformities';

const at = '2026-06-01T10:00:00.000Z';
const fixture = path.resolve(import.meta.dirname, '../../fixtures/schema-9.sqlite');

/** Every column of every action, and what points at actions from elsewhere. */
const snapshot = (db: Database.Database) => ({
  actions: db.prepare('SELECT * FROM actions ORDER BY id').all(),
  decisions: db.prepare('SELECT id, action_id FROM management_review_decisions ORDER BY id').all(),
  complaints: db.prepare('SELECT id, action_id FROM complaints ORDER BY id').all(),
});

describe('schema 16 (the context registers) on a file of schema 15', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = makeTempDir()));
  afterEach(() => cleanup());

  it('rebuilds the actions with every row, source, link, index and trigger of schema 15, and takes the two new sources', async () => {
    // The schema-9 fixture brought to schema 14, where a réclamation's analysis names an action (schema 15
    // rebuilds the actions under it: foreign keys are off while migrations run), then to schema 15 and given
    // what schema 15 added to actions: an action answering a provider's evaluation, one answering a survey.
    const filePath = path.join(dir, 'qualite.sqlite');
    fs.copyFileSync(fixture, filePath);
    const upTo = (version: number) =>
      openSeveFile(filePath, { now: () => new Date(at), migrations: migrations.filter((m) => m.version <= version) });
    const fourteen = await upTo(14);
    const answered = fourteen.db.prepare("SELECT id FROM actions WHERE source = 'autre'").pluck().get() as number;
    const complaint = fourteen.db.prepare('SELECT id FROM complaints').pluck().get() as number;
    fourteen.db
      .prepare(
        "UPDATE complaints SET founded = 'fondee', analysed_on = received_on, cause = 'Commande confirmée la veille.', action_id = ? WHERE id = ?",
      )
      .run(answered, complaint);
    fourteen.db.close();
    fourteen.lock?.release();
    const old = await upTo(15);
    const run = (sql: string, ...values: unknown[]) => Number(old.db.prepare(sql).run(...values).lastInsertRowid);
    const owner = old.db.prepare('SELECT id FROM people WHERE active = 1 ORDER BY id').pluck().get() as number;
    const provider = run(
      `INSERT INTO providers (name, kind, supplies, since, evaluation_months, next_evaluation_due, created_at, updated_at)
       VALUES ('Formapro', 'organisme_formation', 'Formations SST', '2025-01-10', 12, '2027-05-20', ?, ?)`,
      at,
      at,
    );
    const evaluation = run(
      `INSERT INTO provider_evaluations (provider_id, evaluated_on, evaluated_by, score, result, created_at)
       VALUES (?, '2026-05-20', ?, 1.5, 'insuffisant', ?)`,
      provider,
      owner,
      at,
    );
    const survey = run(
      "INSERT INTO surveys (title, population, opens_on, closes_on, created_at, updated_at) VALUES ('Enquête clients', 'clients', '2026-04-01', '2026-04-30', ?, ?)",
      at,
      at,
    );
    const action = (reference: string, source: string, column: string, id: number) =>
      run(
        `INSERT INTO actions (reference, source, ${column}, type, description, owner_id, due_date, status, created_at, updated_at, opened_on)
         VALUES (?, ?, ?, 'corrective', 'Revoir le cahier des charges.', ?, '2026-09-30', 'a_faire', ?, ?, '2026-05-21')`,
        reference,
        source,
        id,
        owner,
        at,
        at,
      );
    action('ACT-2026-101', 'evaluation_prestataire', 'provider_evaluation_id', evaluation);
    action('ACT-2026-102', 'enquete', 'survey_id', survey);
    const before = snapshot(old.db);
    const indexes = old.db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'actions' AND sql IS NOT NULL ORDER BY name")
      .pluck()
      .all();
    old.db.close();
    old.lock?.release();
    expect(before.actions.length).toBe(7);

    const backend = await openTestBackend({ filePath });
    try {
      const db = new Database(filePath, { readonly: true });
      try {
        // Upgraded to the latest schema, which 16 and the schemas after it build.
        expect(db.pragma('user_version', { simple: true })).toBe(migrations[migrations.length - 1]?.version);
        // Every column of schema 15 kept, the two new ones empty.
        expect(snapshot(db)).toEqual({
          ...before,
          actions: before.actions.map((row) => ({ ...(row as object), risk_id: null, watch_item_id: null })),
        });
        expect(db.pragma('foreign_key_check')).toEqual([]);
        expect(
          db
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'actions' AND sql IS NOT NULL ORDER BY name")
            .pluck()
            .all(),
        ).toEqual([...indexes, 'actions_risk', 'actions_watch_item'].sort());
        for (const table of ['management_review_decisions', 'complaints']) {
          const sql = db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').pluck().get(table) as string;
          expect(sql).toMatch(/REFERENCES "?actions"? \(id\)/);
        }
      } finally {
        db.close();
      }
      // The réclamation still names its action, the providers' and surveys' actions still read their origin.
      const analysed = await expectOk<Complaint>(backend.api, 'complaints.get', { id: complaint });
      expect(analysed.action?.id).toBe(answered);
      const plan = await expectOk<Action[]>(backend.api, 'actions.list', {});
      expect(plan.find((item) => item.reference === 'ACT-2026-101')).toMatchObject({
        source: 'evaluation_prestataire',
        originReference: 'Formapro',
      });
      expect(plan.find((item) => item.reference === 'ACT-2026-102')).toMatchObject({
        source: 'enquete',
        originReference: 'Enquête clients',
      });
      // The new source: a risk treated by an action of the plan.
      const people = await expectOk<Person[]>(backend.api, 'people.list', {});
      const active = people.find((person) => person.active)?.id ?? 0;
      const risk = await expectOk<Risk>(backend.api, 'risks.create', {
        fields: riskFields(active, { identifiedOn: '2026-10-01', reviewDue: '2027-10-01' }),
        evaluation: { likelihood: 3, impact: 3 },
      });
      const treated = await expectOk<Risk>(backend.api, 'risks.treat', {
        id: risk.id,
        revision: risk.revision,
        fields: { treatment: 'reduire', treatmentNote: null, decidedOn: '2026-10-02', reevaluationDue: null },
        action: triageActionFields(active, { dueDate: '2026-12-31' }),
      });
      const [treatment] = treated.actions;
      const fromRisk = await expectOk<Action>(backend.api, 'actions.get', { id: treatment?.id });
      expect(fromRisk).toMatchObject({ source: 'risque', originReference: risk.reference, status: 'a_faire' });
    } finally {
      backend.close();
    }
    // The rebuilt table still refuses an action done before it was opened.
    const db = new Database(filePath);
    try {
      expect(() =>
        db.prepare("UPDATE actions SET status = 'realisee', done_on = '2000-01-01' WHERE reference = 'ACT-2026-101'").run(),
      ).toThrow('action dates out of order');
    } finally {
      db.close();
    }
  });
});
