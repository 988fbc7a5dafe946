import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupFolder } from '../../../electron/backend/db/connection';
import { checkHistoryChain, historyHash, registerHistoryHash, type ChainedRow } from '../../../electron/backend/history/chain';
import { migrate } from '../../../electron/backend/db/migrate';
import { migrations } from '../../../electron/backend/db/migrations';
import type { Action } from '../../../shared/schemas/actions';
import type { Audit, Finding, FindingGrade } from '../../../shared/schemas/audits';
import type { Complaint } from '../../../shared/schemas/complaints';
import type { QualityDocument } from '../../../shared/schemas/documents';
import type { GroupView } from '../../../shared/schemas/group';
import type { HistoryEntry } from '../../../shared/schemas/history';
import type { ReviewInputs, ReviewSummary } from '../../../shared/schemas/management-review';
import type { Person } from '../../../shared/schemas/people';
import type { Referential, ReferentialDetail, RequirementNode } from '../../../shared/schemas/referentials';
import type { SearchHit } from '../../../shared/schemas/search';
import type { Suggestion } from '../../../shared/schemas/suggestions';
import type { DocumentVersion } from '../../../shared/schemas/versions';
import { expectOk, makeTempDir, openTestBackend } from '../../helpers/backend';
import { actionFields } from '../../helpers/nonconformities';

const latestVersion = migrations[migrations.length - 1]?.version;
const fixture = (version: number) => path.resolve(import.meta.dirname, `../../fixtures/schema-${version}.sqlite`);

describe('upgrading files of every landed schema', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = makeTempDir()));
  afterEach(() => cleanup());

  it('has a fixture for every schema from 1 to 5 (made with scripts/make-fixture.mjs at the commit where it was the latest)', () => {
    for (const migration of migrations.filter((candidate) => candidate.version <= 5))
      expect(fs.existsSync(fixture(migration.version)), `schema-${migration.version}.sqlite`).toBe(true);
  });

  it.each([2, 3, 4, 5, 9])('upgrades a schema-%i file with every record intact, after a backup', async (version) => {
    const filePath = path.join(dir, 'qualite.sqlite');
    fs.copyFileSync(fixture(version), filePath);
    const backend = await openTestBackend({ filePath });
    try {
      expect(backend.session.info()).toMatchObject({
        file: { status: 'open', schemaVersion: latestVersion },
        organisationName: 'AI du Val de Sèvre',
      });
      const people = await expectOk<Person[]>(backend.api, 'people.list', {});
      expect(people.map((person) => [person.name, person.jobTitle, person.active])).toEqual([
        ['Amélie Durand', 'Responsable qualité', true],
        ['Karim Benali', 'CIP', true],
        ['Paul Girard', null, false],
      ]);
      const processes = await expectOk<{ name: string; pilotName: string | null }[]>(backend.api, 'processes.list', {});
      expect(processes).toMatchObject([{ name: 'Accueil et recrutement', pilotName: 'Amélie Durand' }]);
      const documents = await expectOk<QualityDocument[]>(backend.api, 'documents.list', {});
      expect(
        documents.map((document) => [document.reference, document.title, document.status, document.processName, document.ownerName]),
      ).toEqual([
        ['PR-001', 'Accueil des salariés en insertion — œuvre', 'en_vigueur', 'Accueil et recrutement', 'Amélie Durand'],
        ['FO-001', 'Fiche de liaison', 'brouillon', 'Accueil et recrutement', 'Amélie Durand'],
      ]);
      const pr001 = documents[0];
      const history = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'document', entityId: pr001?.id });
      expect(history.length).toBeGreaterThan(0);
      const db = new Database(filePath, { readonly: true });
      try {
        if (version >= 3) {
          expect(
            db.prepare("SELECT applicable, non_applicable_justification AS justification FROM requirements WHERE number = '8.3'").get(),
          ).toEqual({
            applicable: 0,
            justification: 'Pas de conception : la structure rend des services.',
          });
          expect(
            db.prepare('SELECT r.number FROM requirement_links l JOIN requirements r ON r.id = l.requirement_id').pluck().all(),
          ).toEqual(['7.5']);
        }
        if (version >= 5) {
          expect(db.prepare('SELECT file_name, size FROM attachments').all()).toEqual([{ file_name: 'fiche-liaison.txt', size: 29 }]);
        }
      } finally {
        db.close();
      }
    } finally {
      backend.close();
    }
    expect(fs.readdirSync(backupFolder(filePath)).filter((name) => name.includes(`.avant-migration-v${version}.`))).toHaveLength(1);
  });

  it('upgrades a schema-1 file with every record intact, after a backup', async () => {
    const filePath = path.join(dir, 'qualite.sqlite');
    fs.copyFileSync(fixture(1), filePath);
    const backend = await openTestBackend({ filePath });
    try {
      expect(backend.session.info()).toMatchObject({
        file: { status: 'open', schemaVersion: latestVersion },
        organisationName: 'AI du Val de Sèvre',
      });
      const people = await expectOk<Person[]>(backend.api, 'people.list', {});
      expect(people.map((person) => [person.name, person.active])).toEqual([
        ['Amélie Durand', true],
        ['Karim Benali', true],
        ['Paul Girard', false],
      ]);
      const documents = await expectOk<QualityDocument[]>(backend.api, 'documents.list', {});
      expect(
        documents.map((document) => [
          document.reference,
          document.status,
          document.inForce?.indice ?? null,
          document.pending?.indice ?? null,
          document.nextReviewDue,
        ]),
      ).toEqual([
        ['POL-001', 'obsolete', null, null, '2025-01-31'],
        ['PR-001', 'en_vigueur', '1', null, '2027-03-15'],
        ['PR-002', 'brouillon', null, '1', null],
        ['FO-001', 'en_vigueur', '1', null, '2028-01-31'],
      ]);
      const pr001 = documents.find((document) => document.reference === 'PR-001');
      if (!pr001) throw new Error('PR-001 lost');
      expect(pr001).toMatchObject({
        title: 'Accueil des salariés en insertion — œuvre',
        processName: 'Accueil et recrutement',
        ownerName: 'Amélie Durand',
        revision: 2,
      });
      const [version] = await expectOk<DocumentVersion[]>(backend.api, 'documents.versions', { documentId: pr001.id });
      expect(version).toMatchObject({ indice: '1', status: 'en_vigueur', effectiveDate: '2026-03-15' });
      const history = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'document', entityId: pr001.id });
      expect(history.map((entry) => entry.action)).toEqual(['update', 'create']);
      const hits = await expectOk<SearchHit[]>(backend.api, 'search.query', { text: 'oeuvre' });
      expect(hits.filter((hit) => hit.kind === 'document').map((hit) => hit.label)).toEqual(['PR-001']);
      const next = await expectOk<QualityDocument>(backend.api, 'documents.create', {
        title: 'Procédure suivante',
        type: 'procedure',
        initialStatus: 'brouillon',
        processId: null,
        ownerId: null,
        reviewPeriodMonths: 12,
        effectiveDate: null,
        approvedById: null,
        approvedOn: null,
      });
      expect(next.reference).toBe('PR-003');
    } finally {
      backend.close();
    }
    const backups = fs.readdirSync(backupFolder(filePath));
    expect(backups).toEqual([expect.stringMatching(/^qualite\.avant-migration-v1\./)]);
    const backup = new Database(path.join(backupFolder(filePath), backups[0] ?? ''), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    backup.close();
  });

  it('gives the records of a schema-9 file their business dates, from what the file knows', async () => {
    const filePath = path.join(dir, 'qualite.sqlite');
    fs.copyFileSync(fixture(9), filePath);
    const backend = await openTestBackend({ filePath, now: () => new Date('2026-12-06T10:00:00Z') });
    try {
      const actions = await expectOk<Action[]>(backend.api, 'actions.list', {});
      // Typed in June 2026 for 2025: opened by their due or done date, never before what they answer.
      expect(actions.map((a) => [a.reference, a.source, a.openedOn, a.dueDate, a.doneOn])).toEqual([
        ['ACT-2026-003', 'autre', '2025-02-28', '2025-02-28', null],
        ['ACT-2026-001', 'nonconformite', '2025-04-15', '2025-04-30', '2025-04-15'],
        ['ACT-2026-002', 'nonconformite', '2025-05-31', '2025-05-31', null],
        ['ACT-2026-004', 'fiche', '2025-09-30', '2025-09-30', null],
        ['ACT-2026-005', 'revue_direction', '2025-12-15', '2026-03-31', null],
      ]);
      // The fiche was triaged, at the latest, when its action was due (not on the day it was typed in).
      const [fiche] = await expectOk<Suggestion[]>(backend.api, 'suggestions.list', {});
      expect(fiche).toMatchObject({ reference: 'FA-2025-001', suggestedOn: '2025-06-03', triagedOn: '2025-09-30' });
      // References keep the numbers they were given; a new action is numbered on its opening year.
      const added = await expectOk<Action>(backend.api, 'actions.create', {
        origin: { source: 'autre', note: 'Groupe qualité' },
        fields: { ...actionFields(1, { openedOn: '2025-11-03', dueDate: '2025-12-31' }) },
      });
      expect(added.reference).toBe('ACT-2025-001');
      // A held review's inputs are a record of what the meeting saw: the upgrade does not rewrite them.
      const [review] = await expectOk<ReviewSummary[]>(backend.api, 'managementReview.list', {});
      const inputs = await expectOk<ReviewInputs>(backend.api, 'managementReview.inputs', { id: review?.id });
      expect(inputs.readOn).toBe('2026-06-01');
      const db = new Database(filePath, { readonly: true });
      try {
        expect(db.prepare("SELECT count(*) FROM actions WHERE opened_on = '2000-01-01'").pluck().get()).toBe(0);
        expect(db.prepare('SELECT count(*) FROM actions WHERE done_on < opened_on OR due_date < opened_on').pluck().get()).toBe(0);
      } finally {
        db.close();
      }
    } finally {
      backend.close();
    }
  });

  it('upgrades the schema-9 file to the chained history (schema 11): every row hashed in order, protected, and chaining on', async () => {
    const filePath = path.join(dir, 'qualite.sqlite');
    fs.copyFileSync(fixture(9), filePath);
    const before = new Database(filePath, { readonly: true });
    const rows = before.prepare('SELECT * FROM history ORDER BY id').all() as ChainedRow[];
    before.close();
    expect(rows.length).toBeGreaterThan(20);
    const backend = await openTestBackend({ filePath });
    try {
      expect(backend.session.info().file).toMatchObject({ status: 'open', schemaVersion: latestVersion, readOnly: false });
      const db = new Database(filePath);
      registerHistoryHash(db);
      // The backfill: each hash follows from the one before, recomputed here independently.
      let previous: string | null = null;
      const chain = db.prepare('SELECT history_id, hash FROM history_chain ORDER BY history_id').all() as {
        history_id: number;
        hash: string;
      }[];
      // The file's own rows first; opening then appends what it records (the shipped referential's update).
      expect(chain.slice(0, rows.length).map((link) => link.history_id)).toEqual(rows.map((row) => row.id));
      for (const [index, row] of rows.entries()) {
        previous = historyHash(previous, row);
        expect(chain[index]?.hash).toBe(previous);
      }
      expect(checkHistoryChain(db)).toMatchObject({ intact: true, entries: chain.length });
      expect(() =>
        db.exec(
          `INSERT OR REPLACE INTO history (id, at, actor, entity, entity_id, action, changes) VALUES (${rows[0]?.id}, 'x', 'Intrus', 'person', 1, 'create', '[]')`,
        ),
      ).toThrow(/append-only/);
      db.close();
      await expectOk(backend.api, 'people.create', { name: 'Nouvelle personne', jobTitle: null });
      const after = new Database(filePath, { readonly: true });
      expect(checkHistoryChain(after)).toMatchObject({ intact: true, entries: chain.length + 1 });
      after.close();
      expect(fs.readdirSync(backupFolder(filePath)).some((name) => name.includes('avant-migration-v9'))).toBe(true);
    } finally {
      backend.close();
    }
  });

  it('upgrades a schema-9 file to schema 14: internal audits get an empty report, réclamations an analysis still to do', async () => {
    const filePath = path.join(dir, 'qualite.sqlite');
    fs.copyFileSync(fixture(9), filePath);
    const backend = await openTestBackend({ filePath, now: () => new Date('2026-12-06T10:00:00Z') });
    try {
      const [internal] = await expectOk<Audit[]>(backend.api, 'audits.list', {});
      expect(internal?.report).toEqual({ objectives: null, criteria: null, conclusion: null, signedOffBy: null, signedOffOn: null });
      const [complaint] = await expectOk<Complaint[]>(backend.api, 'complaints.list', {});
      expect(complaint).toMatchObject({ founded: null, analysedOn: null, cause: null, action: null });
      // The new fields are written and kept: the report of the 2025 audit, the analysis of the 2025 réclamation.
      const reported = await expectOk<Audit>(backend.api, 'audits.saveReport', {
        id: internal?.id,
        revision: internal?.revision,
        fields: {
          objectives: 'Vérifier l’accueil.',
          criteria: 'ISO 9001 § 8.2',
          conclusion: 'Processus maîtrisé.',
          signedOffById: null,
          signedOffOn: null,
        },
      });
      expect(reported.report).toMatchObject({ objectives: 'Vérifier l’accueil.', conclusion: 'Processus maîtrisé.' });
      const analysed = await expectOk<Complaint>(backend.api, 'complaints.update', {
        id: complaint?.id,
        revision: complaint?.revision,
        fields: {
          complainantKind: complaint?.complainantKind,
          complainant: complaint?.complainant,
          receivedOn: complaint?.receivedOn,
          channel: complaint?.channel,
          subject: complaint?.subject,
          processId: complaint?.processId,
          handledById: complaint?.handledById,
          responseDue: complaint?.responseDue,
          respondedOn: complaint?.respondedOn,
          response: complaint?.response,
          founded: 'fondee',
          analysedOn: complaint?.respondedOn ?? complaint?.receivedOn,
          cause: 'Planning non transmis.',
          actionId: null,
        },
      });
      expect(analysed).toMatchObject({ founded: 'fondee', cause: 'Planning non transmis.' });
    } finally {
      backend.close();
    }
  });

  it('upgrades a schema-9 file to the certification rules of schema 12, and its ISO 9001:2015 to the full referential', async () => {
    const filePath = path.join(dir, 'qualite.sqlite');
    fs.copyFileSync(fixture(9), filePath);
    const backend = await openTestBackend({ filePath });
    try {
      expect(backend.session.info()).toMatchObject({ file: { status: 'open', schemaVersion: latestVersion } });
      const [iso] = await expectOk<Referential[]>(backend.api, 'referentials.list', {});
      expect(iso).toMatchObject({ code: 'iso9001-2015', source: 'livre', requirementCount: 91, nonApplicableCount: 7 });
      const tree = await expectOk<ReferentialDetail>(backend.api, 'referentials.get', { id: iso?.id });
      const byNumber = new Map<string, RequirementNode>();
      const walk = (nodes: RequirementNode[]) => nodes.forEach((node) => (byNumber.set(node.number, node), walk(node.children)));
      walk(tree.requirements);
      // Titles as printed in the standard, the new sub-clauses, the amendment's notes, the documented information.
      expect(byNumber.get('4.3')?.titleFr).toBe('Détermination du domaine d’application du système de management de la qualité');
      expect(byNumber.get('4.4')?.children.map((node) => node.number)).toEqual(['4.4.1', '4.4.2']);
      expect(byNumber.get('4.1')?.note).toContain('changement climatique');
      expect(byNumber.get('9.2.2')?.documentedInformation.map((item) => item.kind)).toEqual(['conserver']);
      // The user's exclusion of 8.3 now covers 8.3.1 to 8.3.6, with its justification; the link on 7.5 stays.
      const justification = 'Pas de conception : la structure rend des services.';
      expect(byNumber.get('8.3')?.children.map((node) => [node.applicable, node.nonApplicableJustification])).toEqual(
        Array.from({ length: 6 }, () => [false, justification]),
      );
      const links = await expectOk<{ number: string }[]>(backend.api, 'referentials.linksFor', { entity: 'document', entityId: 1 });
      expect(links.map((link) => link.number)).toEqual(['7.5']);
      const inherited = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', {
        entity: 'requirement',
        entityId: byNumber.get('8.3.1')?.id,
      });
      expect(inherited[0]).toMatchObject({ actor: 'Sève (mise à jour du fichier)', action: 'update' });
      const retitled = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', {
        entity: 'requirement',
        entityId: byNumber.get('4.3')?.id,
      });
      expect(retitled[0]).toMatchObject({ actor: 'Sève (référentiel livré)', action: 'update' });
      expect(retitled[0]?.changes).toContainEqual({
        field: 'titleFr',
        before: 'Domaine d’application du SMQ',
        after: 'Détermination du domaine d’application du système de management de la qualité',
      });
      // The 2025 internal audit's finding keeps its grade and its deadline; grades now say what they ask.
      const [internal] = await expectOk<Audit[]>(backend.api, 'audits.list', {});
      expect(internal).toMatchObject({ reference: 'AUD-2025-01', reportNotifiedOn: null });
      const findings = await expectOk<Finding[]>(backend.api, 'audits.findings', { auditId: internal?.id });
      expect(findings.map((finding) => [finding.grade.code, finding.grade.answer, finding.followUpDue])).toEqual([
        ['nc_mineure', 'reponse', null],
      ]);
      const grades = await expectOk<FindingGrade[]>(backend.api, 'audits.grades', { auditId: internal?.id });
      expect(grades.map((grade) => grade.answer)).toEqual([
        'reponse',
        'reponse',
        'prise_en_compte',
        'prise_en_compte',
        'aucune',
        'aucune',
        'aucune',
      ]);
    } finally {
      backend.close();
    }
    // Opening it again changes nothing more: the referential is already the shipped one.
    const again = await openTestBackend({ filePath });
    try {
      const db = new Database(filePath, { readonly: true });
      const historyCount = db.prepare('SELECT count(*) FROM history').pluck().get();
      db.close();
      again.close();
      const reopened = await openTestBackend({ filePath });
      reopened.close();
      const after = new Database(filePath, { readonly: true });
      expect(after.prepare('SELECT count(*) FROM history').pluck().get()).toBe(historyCount);
      after.close();
    } catch (error) {
      again.close();
      throw error;
    }
  });

  it('keeps the history of a schema-9 file as written (its actor, no person, no account) and names both on new rows', async () => {
    const filePath = path.join(dir, 'qualite.sqlite');
    fs.copyFileSync(fixture(9), filePath);
    const before = new Database(filePath, { readonly: true });
    const oldRows = before.prepare('SELECT id, actor FROM history ORDER BY id').all() as { id: number; actor: string }[];
    before.close();
    const backend = await openTestBackend({ filePath });
    try {
      const [person] = await expectOk<Person[]>(backend.api, 'people.list', {});
      await expectOk(backend.api, 'identity.choose', { personId: person?.id });
      await expectOk(backend.api, 'people.update', { id: person?.id, name: person?.name, jobTitle: 'Pilote', active: true });
      const db = new Database(filePath, { readonly: true });
      try {
        const rows = db.prepare('SELECT id, actor, actor_person_id AS personId, account FROM history ORDER BY id').all() as {
          id: number;
          actor: string;
          personId: number | null;
          account: string | null;
        }[];
        expect(rows.slice(0, oldRows.length)).toEqual(oldRows.map((row) => ({ ...row, personId: null, account: null })));
        expect(rows.at(-1)).toMatchObject({ actor: person?.name, personId: person?.id, account: 'Testeur' });
      } finally {
        db.close();
      }
    } finally {
      backend.close();
    }
  });

  it('upgrades the schema-9 file to schema 15: every action and its links kept through the rebuild, the new sources accepted, the held review untouched', async () => {
    const filePath = path.join(dir, 'qualite.sqlite');
    fs.copyFileSync(fixture(9), filePath);
    const snapshot = (db: Database.Database) => ({
      actions: db
        .prepare(
          `SELECT id, reference, source, nonconformity_id, finding_id, suggestion_id, origin_note, effectiveness_check_id, type, description,
             owner_id, process_id, due_date, status, done_on, abandon_reason, evidence_notes, revision FROM actions ORDER BY id`,
        )
        .all(),
      decisions: db.prepare('SELECT id, review_id, position, kind, text, action_id FROM management_review_decisions ORDER BY id').all(),
    });
    const before = new Database(filePath, { readonly: true });
    const old = snapshot(before);
    before.close();
    expect(old.actions.length).toBe(5);
    expect(old.decisions).toEqual([expect.objectContaining({ action_id: expect.any(Number) })]);
    const backend = await openTestBackend({ filePath });
    try {
      const db = new Database(filePath, { readonly: true });
      try {
        expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
        expect(snapshot(db)).toEqual(old);
        expect(db.pragma('foreign_key_check')).toEqual([]);
        // The decision still points at its action through a foreign key on the rebuilt table.
        const decisionsSql = db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'management_review_decisions'").pluck().get() as string;
        expect(decisionsSql).toMatch(/REFERENCES "?actions"? \(id\)/);
        // The rebuilt table's triggers are back: an action done before it was opened is still refused by the file.
        expect(
          db
            .prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name IN ('actions', 'management_review_decisions')")
            .pluck()
            .get(),
        ).toBe(5);
        expect(db.prepare('SELECT count(*) FROM provider_criteria').pluck().get()).toBe(4);
      } finally {
        db.close();
      }
      // The held review reads its inputs as frozen: no new input appears in them.
      const [review] = await expectOk<ReviewSummary[]>(backend.api, 'managementReview.list', {});
      const inputs = await expectOk<ReviewInputs>(backend.api, 'managementReview.inputs', { id: review?.id });
      expect(inputs.satisfaction).toBeUndefined();
      const owner = (await expectOk<Person[]>(backend.api, 'people.list', {})).find((person) => person.active);
      const survey = await expectOk<{ id: number }>(backend.api, 'surveys.create', {
        title: 'Enquête clients 2026',
        population: 'clients',
        opensOn: '2026-05-01',
        closesOn: '2026-05-31',
        solicited: null,
        indicatorId: null,
      });
      const action = await expectOk<Action>(backend.api, 'surveys.addAction', {
        surveyId: survey.id,
        fields: actionFields(owner?.id ?? 0, { openedOn: '2026-06-02', dueDate: '2026-09-30' }),
      });
      expect(action).toMatchObject({ source: 'enquete', originReference: 'Enquête clients 2026' });
    } finally {
      backend.close();
    }
    const db = new Database(filePath);
    try {
      expect(() => db.prepare('DELETE FROM management_review_decisions').run()).toThrow('held management review');
    } finally {
      db.close();
    }
  });

  it('upgrades the schema-9 file to schema 17: no member key until asked for, an empty group, its records untouched', async () => {
    const filePath = path.join(dir, 'qualite.sqlite');
    fs.copyFileSync(fixture(9), filePath);
    const before = new Database(filePath, { readonly: true });
    const nonconformities = before.prepare('SELECT * FROM nonconformities ORDER BY id').all();
    before.close();
    const backend = await openTestBackend({ filePath });
    try {
      const db = new Database(filePath, { readonly: true });
      try {
        expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
        expect(db.prepare('SELECT * FROM nonconformities ORDER BY id').all()).toEqual(nonconformities);
        for (const table of ['member_key', 'group_members', 'group_snapshots', 'group_extensions', 'group_extension_answers'])
          expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
      } finally {
        db.close();
      }
      expect(await expectOk(backend.api, 'group.memberKey', {})).toBeNull();
      expect(await expectOk(backend.api, 'group.get', {})).toEqual({ name: null, sampledPerAudit: null, members: [] });
      const key = await expectOk<{ fingerprint: string }>(backend.api, 'group.createMemberKey', { createdOn: '2026-11-26' });
      const organisation = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'organisation', entityId: 1 });
      expect(organisation[0]).toMatchObject({ action: 'member_key', changes: [{ field: 'keyFingerprint', after: key.fingerprint }] });
    } finally {
      backend.close();
    }
    const db = new Database(filePath);
    try {
      // One key per file, and a fingerprint is 64 hex digits: the file refuses anything else.
      expect(() =>
        db
          .prepare(
            "INSERT INTO member_key (id, public_key, fingerprint, created_on, created_at) VALUES (2, zeroblob(44), ?, '2026-11-26', 'x')",
          )
          .run('a'.repeat(64)),
      ).toThrow(/CHECK/);
      expect(() =>
        db
          .prepare(
            "INSERT INTO group_members (name, key_fingerprint, joined_on, created_at, updated_at) VALUES ('X', 'XYZ', '2026-01-01', 'x', 'x')",
          )
          .run(),
      ).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });
  it('upgrades a schema-17 group file to schema 19: answers typed by the group keep their words and read « saisie par le groupe »', async () => {
    const filePath = path.join(dir, 'groupe.sqlite');
    const old = new Database(filePath);
    registerHistoryHash(old);
    migrate(
      old,
      migrations.filter((migration) => migration.version <= 17),
    );
    old.exec(`
      INSERT INTO group_members (id, name, key_fingerprint, joined_on, created_at, updated_at)
        VALUES (1, 'AI du Val de Sèvre', '${'a'.repeat(64)}', '2026-01-01', 'x', 'x'), (2, 'ACI Les Jardins', '${'b'.repeat(64)}', '2026-01-01', 'x', 'x');
      INSERT INTO group_snapshots (member_id, sha256, created_on, schema_version, manifest, size, imported_at, data)
        VALUES (1, '${'c'.repeat(64)}', '2026-11-20', 17, '{}', 1, 'x', NULL);
      INSERT INTO group_extensions (id, member_id, snapshot_sha256, nc_reference, nc_description, decided_on, created_at)
        VALUES (1, 1, '${'c'.repeat(64)}', 'NC-2026-001', 'Fiches non signées.', '2026-11-20', 'x');
      INSERT INTO group_extension_answers (extension_id, member_id, concerned, action, answered_on, recorded_at)
        VALUES (1, 2, 1, 'Contrôler les fiches.', '2026-11-21', 'x');
    `);
    expect(old.pragma('user_version', { simple: true })).toBe(17);
    old.close();
    const backend = await openTestBackend({ filePath });
    try {
      const { extensions } = await expectOk<GroupView>(backend.api, 'group.view', {});
      expect(extensions.map((extension) => [extension.code, extension.answers.map((line) => line.answer)])).toEqual([
        [
          'EXT-1',
          [
            {
              concerned: true,
              action: 'Contrôler les fiches.',
              answeredOn: '2026-11-21',
              actionReference: null,
              actionStatus: null,
              receivedIn: null,
            },
          ],
        ],
      ]);
      expect(await expectOk(backend.api, 'groupRequests.list', {})).toEqual([]);
    } finally {
      backend.close();
    }
    const db = new Database(filePath);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(latestVersion);
      // An answered request needs its date, and a concerned one its action: the file refuses anything else.
      expect(() =>
        db
          .prepare(
            "INSERT INTO group_requests (code, nc_reference, description, received_on, concerned, created_at, updated_at) VALUES ('EXT-1', 'NC-1', 'x', '2026-11-20', 1, 'x', 'x')",
          )
          .run(),
      ).toThrow(/CHECK/);
      expect(() =>
        db
          .prepare(
            "INSERT INTO group_unmatched_answers (snapshot_sha256, member_id, code, nc_reference, answered_on, reason) VALUES (?, 1, 'EXT-9', 'NC-1', '2026-11-21', 'autre')",
          )
          .run('c'.repeat(64)),
      ).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });

  it('upgrades the schema-9 file to schema 18: no sampling and no cross-audit yet, and the file refuses a member auditing itself', async () => {
    const filePath = path.join(dir, 'qualite.sqlite');
    fs.copyFileSync(fixture(9), filePath);
    const before = new Database(filePath, { readonly: true });
    const audits = before
      .prepare('SELECT id, reference, certification_id, type, start_date, end_date, status FROM audits ORDER BY id')
      .all();
    before.close();
    const backend = await openTestBackend({ filePath });
    try {
      const db = new Database(filePath, { readonly: true });
      try {
        expect(
          db.prepare('SELECT id, reference, certification_id, type, start_date, end_date, status FROM audits ORDER BY id').all(),
        ).toEqual(audits);
        for (const table of ['group_audit_samples', 'group_cross_audits'])
          expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
      } finally {
        db.close();
      }
      // The fixture's certification is not a group one: no cycle to sample yet, and its audits are refused.
      expect(await expectOk(backend.api, 'group.sampling', {})).toMatchObject({ certification: null, audits: [] });
      expect(await expectOk(backend.api, 'group.crossAudits', {})).toEqual([]);
      await expectOk(backend.api, 'group.addMember', { name: 'ACI Les Jardins', fingerprint: 'ab'.repeat(32), joinedOn: '2026-01-01' });
      await expectOk(backend.api, 'group.addMember', { name: 'ETTI Tremplin', fingerprint: 'cd'.repeat(32), joinedOn: '2026-01-01' });
    } finally {
      backend.close();
    }
    const db = new Database(filePath);
    try {
      const insert = (auditor: number, auditee: number, status: string, doneOn: string | null) =>
        db
          .prepare(
            `INSERT INTO group_cross_audits (auditor_member_id, auditor_name, auditee_member_id, planned_on, scope, status, done_on, created_at, updated_at)
             VALUES (?, 'Karim', ?, '2026-12-01', 'Accueil', ?, ?, 'x', 'x')`,
          )
          .run(auditor, auditee, status, doneOn);
      expect(() => insert(1, 1, 'planifie', null)).toThrow(/CHECK/);
      // Done needs its date and conclusion.
      expect(() => insert(1, 2, 'realise', '2026-12-01')).toThrow(/CHECK/);
    } finally {
      db.close();
    }
  });
});

describe('schema 20: the review inputs read versions and renewals from indexes', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = makeTempDir()));
  afterEach(() => cleanup());

  it('upgrades a schema-9 file: the versions index keeps its leading columns and covers the dates, renewals get their own', async () => {
    const filePath = path.join(dir, 'qualite.sqlite');
    fs.copyFileSync(fixture(9), filePath);
    const backend = await openTestBackend({ filePath });
    backend.close();
    const db = new Database(filePath, { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(20);
      const columns = (index: string) =>
        db.prepare<[string], string>('SELECT name FROM pragma_index_info(?) ORDER BY seqno').pluck().all(index);
      expect(columns('document_versions_status')).toEqual(['status', 'document_id', 'effective_date', 'obsolete_on']);
      expect(columns('document_reviews_renewals')).toEqual(['version_id', 'review_date']);
      const plan = db
        .prepare<[string], { detail: string }>(
          `EXPLAIN QUERY PLAN SELECT version_id, max(review_date) FROM document_reviews
           WHERE outcome = 'reconduit' AND review_date <= ? GROUP BY version_id`,
        )
        .all('2026-11-26')
        .map((row) => row.detail);
      expect(plan.join(' ')).toContain('COVERING INDEX document_reviews_renewals');
    } finally {
      db.close();
    }
  });
});
