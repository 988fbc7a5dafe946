import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QualityDocument } from '../../shared/schemas/documents';
import type { HistoryEntry } from '../../shared/schemas/history';
import type { DocumentVersion } from '../../shared/schemas/versions';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';

describe('document versions and approval', () => {
  let backend: TestBackend;
  let author: number;
  let approver: number;
  beforeEach(async () => {
    backend = await openTestBackend();
    author = (await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Nadia Haddad', jobTitle: 'CIP' })).id;
    approver = (await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Karim Benali', jobTitle: 'Directeur' })).id;
  });
  afterEach(() => backend.close());

  const createDraftDocument = () =>
    expectOk<QualityDocument>(backend.api, 'documents.create', {
      title: 'Traitement des réclamations',
      type: 'procedure',
      initialStatus: 'brouillon',
      processId: null,
      ownerId: author,
      reviewPeriodMonths: 24,
      effectiveDate: null,
      approvedById: null,
      approvedOn: null,
    });
  const versions = (documentId: number) => expectOk<DocumentVersion[]>(backend.api, 'documents.versions', { documentId });
  const write = (version: DocumentVersion) =>
    expectOk<DocumentVersion>(backend.api, 'documents.updateVersion', {
      id: version.id,
      revision: version.revision,
      fields: {
        changeSummary: 'Création de la procédure.',
        writtenById: author,
        writtenOn: '2026-11-20',
        checkedById: null,
        checkedOn: null,
        effectiveDate: null,
      },
    });
  const approval = (version: DocumentVersion, effectiveDate = '2026-11-25') => ({
    id: version.id,
    revision: version.revision,
    fields: { approvedById: approver, approvedOn: '2026-11-24', effectiveDate, checkedById: approver, checkedOn: '2026-11-23' },
  });
  const move = (method: string, version: DocumentVersion, extra: Record<string, unknown> = {}) =>
    backend.api.invoke(method, { id: version.id, revision: version.revision, ...extra });

  it('takes a draft through submission and approval; the next approval makes the previous version obsolete', async () => {
    const document = await createDraftDocument();
    expect(document).toMatchObject({
      status: 'brouillon',
      inForce: null,
      pending: { indice: '1', status: 'brouillon' },
      nextReviewDue: null,
    });
    const [v1] = await versions(document.id);
    if (!v1) throw new Error('no version 1');

    const written = await write(v1);
    const submitted = await expectOk<DocumentVersion>(backend.api, 'documents.submitVersion', {
      id: written.id,
      revision: written.revision,
    });
    expect(submitted.status).toBe('soumis');
    const approved = await expectOk<DocumentVersion>(backend.api, 'documents.approveVersion', approval(submitted));
    expect(approved).toMatchObject({
      status: 'en_vigueur',
      approvedByName: 'Karim Benali',
      approvedOn: '2026-11-24',
      effectiveDate: '2026-11-25',
    });
    expect(await expectOk(backend.api, 'documents.get', { id: document.id })).toMatchObject({
      status: 'en_vigueur',
      lastReviewDate: '2026-11-25',
      nextReviewDue: '2028-11-25',
      inForce: { indice: '1' },
      pending: null,
    });

    const v2 = await expectOk<DocumentVersion>(backend.api, 'documents.createVersion', { documentId: document.id });
    expect(v2.indice).toBe('2');
    const v2Approved = await expectOk<DocumentVersion>(
      backend.api,
      'documents.approveVersion',
      approval(
        await expectOk<DocumentVersion>(backend.api, 'documents.submitVersion', { id: (await write(v2)).id, revision: 1 }),
        '2026-11-26',
      ),
    );
    expect(v2Approved.status).toBe('en_vigueur');
    const all = await versions(document.id);
    expect(all.map((version) => [version.indice, version.status, version.obsoleteReason])).toEqual([
      ['2', 'en_vigueur', null],
      ['1', 'obsolete', 'remplacee'],
    ]);
    expect(all[1]?.obsoleteComment).toBe('Remplacée par la version 2.');

    const history = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'document', entityId: document.id });
    expect(history.map((entry) => entry.action).reverse()).toEqual([
      'create',
      'version_update',
      'version_submit',
      'version_approve',
      'version_create',
      'version_update',
      'version_submit',
      'version_obsolete',
      'version_approve',
    ]);
    expect(history[0]?.changes).toContainEqual({ field: 'approvedBy', before: null, after: 'Karim Benali' });
  });

  it('refuses every move its status does not allow, and a stale revision', async () => {
    const document = await createDraftDocument();
    const [draft] = await versions(document.id);
    if (!draft) throw new Error('no version 1');
    for (const [method, extra] of [
      ['documents.approveVersion', approval(draft)],
      ['documents.returnVersion', { comment: 'À reprendre' }],
    ] as const) {
      const result = method === 'documents.approveVersion' ? await backend.api.invoke(method, extra) : await move(method, draft, extra);
      expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    }
    const unwritten = await move('documents.submitVersion', draft);
    expect(unwritten).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        fields: { changeSummary: expect.stringContaining('Résumez'), writtenById: expect.stringContaining('rédigé') },
      },
    });

    const submitted = await expectOk<DocumentVersion>(backend.api, 'documents.submitVersion', { id: (await write(draft)).id, revision: 1 });
    expect(await move('documents.submitVersion', submitted)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await move('documents.withdrawVersion', submitted, { comment: 'Non' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(
      await backend.api.invoke('documents.updateVersion', {
        id: submitted.id,
        revision: submitted.revision,
        fields: { changeSummary: 'x', writtenById: null, writtenOn: null, checkedById: null, checkedOn: null, effectiveDate: null },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('seul un brouillon se modifie') },
    });
    expect(await move('documents.submitVersion', { ...submitted, revision: 0 })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('modifiée entre-temps') },
    });
    expect(await backend.api.invoke('documents.createVersion', { documentId: document.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: expect.stringContaining('déjà en cours') },
    });

    const returned = await expectOk<DocumentVersion>(backend.api, 'documents.returnVersion', {
      id: submitted.id,
      revision: submitted.revision,
      comment: 'Préciser le délai de réponse.',
    });
    expect(returned.status).toBe('brouillon');
    const resubmitted = await expectOk<DocumentVersion>(backend.api, 'documents.submitVersion', {
      id: returned.id,
      revision: returned.revision,
    });
    const inForce = await expectOk<DocumentVersion>(backend.api, 'documents.approveVersion', approval(resubmitted));
    for (const method of ['documents.submitVersion', 'documents.approveVersion', 'documents.returnVersion']) {
      expect(
        await move(
          method,
          inForce,
          method === 'documents.returnVersion' ? { comment: 'x' } : method === 'documents.approveVersion' ? approval(inForce) : {},
        ),
      ).toMatchObject({ ok: false });
    }
    const withdrawn = await expectOk<DocumentVersion>(backend.api, 'documents.withdrawVersion', {
      id: inForce.id,
      revision: inForce.revision,
      comment: 'Activité arrêtée.',
    });
    expect(withdrawn).toMatchObject({ status: 'obsolete', obsoleteReason: 'retiree', obsoleteComment: 'Activité arrêtée.' });
    expect(await expectOk(backend.api, 'documents.get', { id: document.id })).toMatchObject({
      status: 'obsolete',
      inForce: null,
      nextReviewDue: null,
    });
    expect(await move('documents.withdrawVersion', withdrawn, { comment: 'encore' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('abandons a draft with a reason', async () => {
    const document = await createDraftDocument();
    const [draft] = await versions(document.id);
    if (!draft) throw new Error('no version 1');
    expect(await move('documents.withdrawVersion', draft, { comment: '  ' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { comment: 'Le motif est obligatoire.' } },
    });
    const abandoned = await expectOk<DocumentVersion>(backend.api, 'documents.withdrawVersion', {
      id: draft.id,
      revision: draft.revision,
      comment: 'Remplacée par un formulaire.',
    });
    expect(abandoned.status).toBe('obsolete');
    expect(await expectOk(backend.api, 'documents.get', { id: document.id })).toMatchObject({ status: 'obsolete', pending: null });
    const next = await expectOk<DocumentVersion>(backend.api, 'documents.createVersion', { documentId: document.id });
    expect(next.indice).toBe('2');
  });

  it('checks approval dates and people', async () => {
    const document = await createDraftDocument();
    const [draft] = await versions(document.id);
    if (!draft) throw new Error('no version 1');
    const submitted = await expectOk<DocumentVersion>(backend.api, 'documents.submitVersion', { id: (await write(draft)).id, revision: 1 });
    const attempt = (fields: Record<string, unknown>) =>
      backend.api.invoke('documents.approveVersion', {
        id: submitted.id,
        revision: submitted.revision,
        fields: { ...approval(submitted).fields, ...fields },
      });
    expect(await attempt({ approvedById: null })).toMatchObject({
      error: { fields: { 'fields.approvedById': 'Indiquez qui approuve cette version.' } },
    });
    expect(await attempt({ effectiveDate: '2026-11-01' })).toMatchObject({
      error: { fields: { 'fields.effectiveDate': 'La date d’application ne peut pas précéder l’approbation.' } },
    });
    expect(await attempt({ approvedOn: '2026-12-01', effectiveDate: '2026-12-01' })).toMatchObject({
      error: { fields: { 'fields.approvedOn': 'La date d’approbation ne peut pas être dans le futur.' } },
    });
    expect(await attempt({ approvedById: 999 })).toMatchObject({
      error: { fields: { 'fields.approvedById': 'Cette personne n’existe pas dans l’annuaire.' } },
    });
    await expectOk(backend.api, 'people.update', { id: approver, name: 'Karim Benali', jobTitle: 'Directeur', active: false });
    expect(await attempt({})).toMatchObject({ error: { fields: { 'fields.approvedById': expect.stringContaining('désactivé') } } });
    expect((await versions(document.id))[0]?.status).toBe('soumis');
  });

  it('keeps exactly one version in force per document in the file itself', async () => {
    const document = await createDraftDocument();
    const db = new Database(backend.filePath);
    db.prepare("UPDATE document_versions SET status = 'en_vigueur', effective_date = '2026-01-01' WHERE document_id = ?").run(document.id);
    const insertInForce = () =>
      db
        .prepare(
          "INSERT INTO document_versions (document_id, sequence, indice, status, effective_date, created_at, updated_at) VALUES (?, 2, '2', 'en_vigueur', '2026-02-01', 'x', 'x')",
        )
        .run(document.id);
    expect(insertInForce).toThrow(/UNIQUE/);
    db.close();
  });

  it('numbers versions A, B, C when the file says so, without renaming existing ones', async () => {
    const document = await createDraftDocument();
    await expectOk(backend.api, 'organisation.update', { name: null, indiceScheme: 'alpha' });
    const [v1] = await versions(document.id);
    if (!v1) throw new Error('no version 1');
    const submitted = await expectOk<DocumentVersion>(backend.api, 'documents.submitVersion', { id: (await write(v1)).id, revision: 1 });
    await expectOk(backend.api, 'documents.approveVersion', approval(submitted));
    const next = await expectOk<DocumentVersion>(backend.api, 'documents.createVersion', { documentId: document.id });
    expect(next.indice).toBe('B');
    expect((await versions(document.id)).map((version) => version.indice)).toEqual(['B', '1']);
  });
});
