import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../shared/schemas/history';
import type {
  Referential,
  ReferentialDetail,
  Requirement,
  RequirementAnswers,
  RequirementDetail,
  RequirementOption,
} from '../../shared/schemas/referentials';
import { contract } from '../../shared/api/contract';
import { backupFolder, openSeveFile } from '../../electron/backend/db/connection';
import { migrations } from '../../electron/backend/db/migrations';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';
import { counts, iso } from '../helpers/referentials';

/**
 * A document written straight into the file: this suite is about links, and documents.create's
 * input is being reworked with document versions, so it does not depend on that shape.
 */
const insertDocument = (filePath: string, reference: string, title: string): { id: number; reference: string } => {
  const db = new Database(filePath);
  db.pragma('busy_timeout = 5000');
  const at = '2026-11-26T10:00:00.000Z';
  const id = Number(
    db
      .prepare(
        `INSERT INTO documents (reference, title, type, status, review_period_months, revision, created_at, updated_at)
         VALUES (?, ?, 'procedure', 'brouillon', 12, 0, ?, ?)`,
      )
      .run(reference, title, at, at).lastInsertRowid,
  );
  db.close();
  return { id, reference };
};

describe('referentials', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = await openTestBackend();
  });
  afterEach(() => backend.close());

  it('starts a new file with ISO 9001:2015 numbers and French titles, as a tree, recorded in history', async () => {
    const { referential, byNumber } = await iso(backend);
    expect(referential).toMatchObject({ name: 'ISO 9001:2015', kind: 'norme', source: 'livre', baseId: null, requirementCount: 91 });
    expect(byNumber.get('4.1')?.titleFr).toBe('Compréhension de l’organisme et de son contexte');
    // The standard's full titles, French and English.
    expect([
      byNumber.get('4.2')?.titleFr,
      byNumber.get('4.3')?.titleEn,
      byNumber.get('5.3')?.titleFr,
      byNumber.get('8.4')?.titleFr,
    ]).toEqual([
      'Compréhension des besoins et des attentes des parties intéressées',
      'Determining the scope of the quality management system',
      'Rôles, responsabilités et autorités au sein de l’organisme',
      'Maîtrise des processus, produits et services fournis par des prestataires externes',
    ]);
    expect(byNumber.get('8.3')?.titleFr).toBe('Conception et développement de produits et services');
    // Every numbered sub-clause auditors cite.
    for (const number of [
      '4.4.1',
      '4.4.2',
      '6.1.1',
      '6.1.2',
      '6.2.1',
      '6.2.2',
      '7.1.5.1',
      '7.1.5.2',
      '7.5.3.1',
      '7.5.3.2',
      '8.2.3.1',
      '8.2.3.2',
      '8.7.1',
      '8.7.2',
      '9.2.1',
      '9.2.2',
      '10.2.1',
      '10.2.2',
    ])
      expect(byNumber.has(number), number).toBe(true);
    expect(byNumber.get('7.1.5.2')).toMatchObject({ titleFr: 'Traçabilité de la mesure', titleEn: 'Measurement traceability' });
    // Amendment 1:2024 (climate change) shown where the clause is.
    expect(byNumber.get('4.1')?.note).toMatch(/^Amendement 1:2024 : .*changement climatique/);
    expect(byNumber.get('4.2')?.note).toMatch(/^Amendement 1:2024 : .*changement climatique/);
    // What the standard asks to maintain (tenir à jour) or retain (conserver).
    const kinds = (number: string) => byNumber.get(number)?.documentedInformation.map((item) => item.kind);
    expect(kinds('4.3')).toEqual(['tenir_a_jour']);
    expect(kinds('5.2.2')).toEqual(['tenir_a_jour']);
    expect(kinds('6.2.1')).toEqual(['tenir_a_jour']);
    for (const number of [
      '7.1.5.1',
      '7.2',
      '8.2.3.2',
      '8.3.3',
      '8.3.4',
      '8.3.5',
      '8.3.6',
      '8.4.1',
      '8.5.2',
      '8.5.6',
      '8.6',
      '8.7.2',
      '9.1.1',
      '9.2.2',
      '9.3.3',
      '10.2.2',
    ])
      expect(kinds(number), number).toEqual(['conserver']);
    expect(kinds('8.1')).toEqual(['tenir_a_jour', 'conserver']);
    expect(kinds('7.4')).toEqual([]);
    expect(byNumber.get('10.2')).toMatchObject({
      titleFr: 'Non-conformité et action corrective',
      titleEn: 'Nonconformity and corrective action',
    });
    expect(byNumber.get('8.3')?.children.map((child) => child.number)).toEqual(['8.3.1', '8.3.2', '8.3.3', '8.3.4', '8.3.5', '8.3.6']);
    // No requirement text is shipped: the standard's wording is copyrighted.
    expect([...byNumber.values()].every((node) => node.text === null)).toBe(true);

    const created = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'referential', entityId: referential.id });
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ action: 'create', actor: 'Sève (référentiel livré)' });
    const clause = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', {
      entity: 'requirement',
      entityId: byNumber.get('8.3')?.id,
    });
    expect(clause[0]?.changes).toContainEqual({ field: 'number', before: null, after: '8.3' });
  });

  it('answers with outputs that match the contract’s output schemas', async () => {
    const { referential, byNumber } = await iso(backend);
    const id = byNumber.get('8.5')?.id ?? 0;
    const samples: [keyof typeof contract, unknown][] = [
      ['referentials.list', {}],
      ['referentials.get', { id: referential.id }],
      ['referentials.getRequirement', { id }],
      ['referentials.requirementOptions', {}],
      ['referentials.answers', { id }],
      ['referentials.linksFor', { entity: 'document', entityId: 1 }],
      ['referentials.export', { id: referential.id }],
    ];
    for (const [method, input] of samples) {
      const value = await expectOk(backend.api, method, input);
      expect(contract[method].output.safeParse(value).success, method).toBe(true);
    }
  });

  it('loads ISO 9001:2015 into an existing file on its first opening with schema 3', async () => {
    const filePath = path.join(backend.dir, 'ancien.sqlite');
    const old = await openSeveFile(filePath, { now: () => new Date('2026-01-01T00:00:00Z'), migrations: migrations.slice(0, 2) });
    old.db.prepare("INSERT INTO settings (key, value) VALUES ('organisation.name', 'ACI du Val')").run();
    old.close();
    await backend.session.open(filePath);
    const list = await expectOk<Referential[]>(backend.api, 'referentials.list', {});
    expect(list.map((referential) => [referential.code, referential.requirementCount])).toEqual([['iso9001-2015', 91]]);
    expect(fs.readdirSync(backupFolder(filePath))).toHaveLength(1);
  });

  it('loads ISO 9001:2015 exactly once, even after reopening', async () => {
    const before = counts(backend.filePath);
    await backend.session.open(backend.filePath);
    await backend.session.open(backend.filePath);
    expect(counts(backend.filePath)).toEqual(before);
    const list = await expectOk<Referential[]>(backend.api, 'referentials.list', {});
    expect(list.filter((referential) => referential.source === 'livre')).toHaveLength(1);
  });

  it('refuses "non applicable" without a justification, writes nothing, then accepts one and shows it', async () => {
    const { byNumber } = await iso(backend);
    const id = byNumber.get('8.3')?.id ?? 0;
    const before = counts(backend.filePath);
    for (const justification of [null, '   ']) {
      const refused = await backend.api.invoke('referentials.setApplicability', { id, fields: { applicable: false, justification } });
      expect(refused).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', fields: { 'fields.justification': expect.stringContaining('Justifiez la non-applicabilité') } },
      });
    }
    expect(counts(backend.filePath)).toEqual(before);

    const justification = 'Nos prestations d’insertion suivent des parcours définis par la convention ; nous ne concevons pas de service.';
    const updated = await expectOk<Requirement>(backend.api, 'referentials.setApplicability', {
      id,
      fields: { applicable: false, justification },
    });
    expect(updated).toMatchObject({ applicable: false, nonApplicableJustification: justification });
    const detail = await expectOk<RequirementDetail>(backend.api, 'referentials.getRequirement', { id });
    expect(detail).toMatchObject({
      number: '8.3',
      applicable: false,
      nonApplicableJustification: justification,
      referentialName: 'ISO 9001:2015',
    });
    const list = await expectOk<Referential[]>(backend.api, 'referentials.list', {});
    // Excluding 8.3 excludes 8.3.1 to 8.3.6 with the same justification (§4.3).
    expect(list[0]?.nonApplicableCount).toBe(7);
    const tree = await iso(backend);
    expect(tree.byNumber.get('8.3')?.children.map((child) => [child.number, child.applicable, child.nonApplicableJustification])).toEqual(
      ['8.3.1', '8.3.2', '8.3.3', '8.3.4', '8.3.5', '8.3.6'].map((number) => [number, false, justification]),
    );
    const inherited = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', {
      entity: 'requirement',
      entityId: tree.byNumber.get('8.3.1')?.id,
    });
    expect(inherited[0]?.changes).toContainEqual({ field: 'inheritedFrom', before: null, after: '8.3' });
    // A sub-clause can still be brought back on its own; it then stays applicable when 8.3 comes back.
    await expectOk(backend.api, 'referentials.setApplicability', {
      id: tree.byNumber.get('8.3.5')?.id,
      fields: { applicable: true, justification: null },
    });

    const again = await expectOk<Requirement>(backend.api, 'referentials.setApplicability', {
      id,
      fields: { applicable: true, justification: 'ignorée' },
    });
    expect(again).toMatchObject({ applicable: true, nonApplicableJustification: null });
    expect((await expectOk<Referential[]>(backend.api, 'referentials.list', {}))[0]?.nonApplicableCount).toBe(0);
    const history = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'requirement', entityId: id });
    expect(history.slice(0, 2).map((entry) => entry.changes)).toEqual([
      [
        { field: 'applicable', before: false, after: true },
        { field: 'justification', before: justification, after: null },
      ],
      [
        { field: 'applicable', before: true, after: false },
        { field: 'justification', before: null, after: justification },
      ],
    ]);
  });

  it('creates a scheme on ISO 9001:2015 and adds requirements, sorted naturally, with their parents', async () => {
    const { referential: base } = await iso(backend);
    const scheme = await expectOk<Referential>(backend.api, 'referentials.create', {
      name: 'Cèdre ISO 9001',
      edition: 'V2',
      baseId: base.id,
    });
    expect(scheme).toMatchObject({ code: 'cedre-iso-9001-v2', kind: 'schema', source: 'utilisateur', baseName: 'ISO 9001:2015' });
    const add = (number: string, parentId: number | null = null) =>
      expectOk<Requirement>(backend.api, 'referentials.addRequirement', {
        referentialId: scheme.id,
        fields: { number, titleFr: `Engagement ${number}`, titleEn: '', text: 'Texte saisi par la structure.', parentId },
      });
    const q = await add('Q');
    for (const number of ['Q-10', 'Q-9', 'Q-1', 'Q-2']) await add(number, q.id);
    await add('4.10');
    await add('4.9');
    const detail = await expectOk<ReferentialDetail>(backend.api, 'referentials.get', { id: scheme.id });
    expect(detail.requirements.map((node) => node.number)).toEqual(['4.9', '4.10', 'Q']);
    expect(detail.requirements[2]?.children.map((node) => node.number)).toEqual(['Q-1', 'Q-2', 'Q-9', 'Q-10']);
    expect(detail.requirements[0]).toMatchObject({ titleEn: null, text: 'Texte saisi par la structure.' });

    const duplicate = await backend.api.invoke('referentials.addRequirement', {
      referentialId: scheme.id,
      fields: { number: 'Q-9', titleFr: 'Doublon', titleEn: null, text: null, parentId: null },
    });
    expect(duplicate).toMatchObject({
      ok: false,
      error: { code: 'conflict', fields: { 'fields.number': 'Le numéro « Q-9 » existe déjà dans ce référentiel.' } },
    });
    const sameName = await backend.api.invoke('referentials.create', { name: 'Cèdre ISO 9001', edition: 'V2', baseId: null });
    expect(sameName).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('refuses a parent loop and edits of the shipped clause titles', async () => {
    const { byNumber } = await iso(backend);
    const scheme = await expectOk<Referential>(backend.api, 'referentials.create', { name: 'CAP ISO 9001', edition: '2025', baseId: null });
    const fields = (number: string, parentId: number | null) => ({ number, titleFr: number, titleEn: null, text: null, parentId });
    const a = await expectOk<Requirement>(backend.api, 'referentials.addRequirement', {
      referentialId: scheme.id,
      fields: fields('A', null),
    });
    const b = await expectOk<Requirement>(backend.api, 'referentials.addRequirement', {
      referentialId: scheme.id,
      fields: fields('B', a.id),
    });
    const loop = await backend.api.invoke('referentials.updateRequirement', { id: a.id, fields: fields('A', b.id) });
    expect(loop).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { 'fields.parentId': expect.stringContaining('sous elle-même') } },
    });
    const foreignParent = await backend.api.invoke('referentials.updateRequirement', {
      id: b.id,
      fields: fields('B', byNumber.get('4')?.id ?? 0),
    });
    expect(foreignParent).toMatchObject({
      ok: false,
      error: { fields: { 'fields.parentId': 'Ce parent n’est pas une exigence de ce référentiel.' } },
    });

    const clause = byNumber.get('4.1');
    if (!clause) throw new Error('4.1 missing');
    const retitled = await backend.api.invoke('referentials.updateRequirement', {
      id: clause.id,
      fields: { number: '4.1', titleFr: 'Autre titre', titleEn: clause.titleEn, text: null, parentId: clause.parentId },
    });
    expect(retitled).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('livré avec Sève') } });
    const ownText = await expectOk<Requirement>(backend.api, 'referentials.updateRequirement', {
      id: clause.id,
      fields: {
        number: '4.1',
        titleFr: clause.titleFr,
        titleEn: clause.titleEn,
        text: 'Notre lecture : enjeux du territoire.',
        parentId: clause.parentId,
      },
    });
    expect(ownText.text).toBe('Notre lecture : enjeux du territoire.');
  });

  it('links requirements and documents both ways, once, with history', async () => {
    const { byNumber } = await iso(backend);
    const document = insertDocument(backend.filePath, 'PR-900', 'Maîtrise des informations documentées');
    const clause = byNumber.get('7.5.3')?.id ?? 0;
    const scope = byNumber.get('4.3')?.id ?? 0;
    for (const requirementId of [clause, scope, clause]) {
      await expectOk(backend.api, 'referentials.link', { requirementId, entity: 'document', entityId: document.id });
    }
    const linked = await expectOk<RequirementOption[]>(backend.api, 'referentials.linksFor', { entity: 'document', entityId: document.id });
    expect(linked.map((option) => `${option.number} ${option.referentialName}`)).toEqual(['4.3 ISO 9001:2015', '7.5.3 ISO 9001:2015']);
    const answers = await expectOk<RequirementAnswers>(backend.api, 'referentials.answers', { id: clause });
    expect(answers.documents).toEqual([
      expect.objectContaining({ id: document.id, reference: document.reference, title: 'Maîtrise des informations documentées' }),
    ]);
    expect(answers.documents[0]?.status).toBeTypeOf('string');

    const missing = await backend.api.invoke('referentials.link', { requirementId: clause, entity: 'document', entityId: 9999 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const unknownEntity = await backend.api.invoke('referentials.link', { requirementId: clause, entity: 'audit', entityId: 1 });
    expect(unknownEntity).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const after = await expectOk<RequirementOption[]>(backend.api, 'referentials.unlink', {
      requirementId: clause,
      entity: 'document',
      entityId: document.id,
    });
    expect(after.map((option) => option.number)).toEqual(['4.3']);
    expect((await expectOk<RequirementAnswers>(backend.api, 'referentials.answers', { id: clause })).documents).toEqual([]);
    const history = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'requirement', entityId: clause });
    const label = `${document.reference} Maîtrise des informations documentées`;
    expect(history.slice(0, 2).map((entry) => entry.changes)).toEqual([
      [{ field: 'linkedDocument', before: label, after: null }],
      [{ field: 'linkedDocument', before: null, after: label }],
    ]);
    const documentHistory = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'document', entityId: document.id });
    expect(documentHistory.map((entry) => [entry.action, entry.changes])).toEqual([
      ['requirement_unlink', [{ field: 'requirement', before: '7.5.3 Maîtrise des informations documentées', after: null }]],
      [
        'requirement_link',
        [
          {
            field: 'requirement',
            before: null,
            after: '4.3 Détermination du domaine d’application du système de management de la qualité',
          },
        ],
      ],
      ['requirement_link', [{ field: 'requirement', before: null, after: '7.5.3 Maîtrise des informations documentées' }]],
    ]);
  });
});
