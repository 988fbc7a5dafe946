import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QualityDocument } from '../../shared/schemas/documents';
import type { HistoryEntry } from '../../shared/schemas/history';
import type { Person } from '../../shared/schemas/people';
import type { Process } from '../../shared/schemas/processes';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';

const procedure = (overrides: Record<string, unknown> = {}) => ({
  title: 'Accueil des salariés en insertion — œuvre',
  type: 'procedure',
  initialStatus: 'en_vigueur',
  processId: null,
  ownerId: null,
  reviewPeriodMonths: 12,
  effectiveDate: '2026-01-31',
  approvedById: null,
  approvedOn: null,
  ...overrides,
});

/** The editable fields of a document, from a creation input. */
const fieldsOf = ({ title, type, processId, ownerId, reviewPeriodMonths }: Record<string, unknown>) => ({
  title,
  type,
  processId,
  ownerId,
  reviewPeriodMonths,
});

describe('documents register', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = await openTestBackend();
  });
  afterEach(() => backend.close());

  it('creates a procedure with a PR reference, derived review date, links and history', async () => {
    const pilot = await expectOk<Person>(backend.api, 'people.create', { name: 'Amélie Durand', jobTitle: 'Responsable qualité' });
    const process = await expectOk<Process>(backend.api, 'processes.create', {
      name: 'Accueil et recrutement',
      kind: 'realisation',
      pilotId: pilot.id,
    });
    const created = await expectOk<QualityDocument>(
      backend.api,
      'documents.create',
      procedure({ processId: process.id, ownerId: pilot.id }),
    );

    expect(created).toMatchObject({
      reference: 'PR-001',
      title: 'Accueil des salariés en insertion — œuvre',
      processName: 'Accueil et recrutement',
      ownerName: 'Amélie Durand',
      status: 'en_vigueur',
      lastReviewDate: '2026-01-31',
      nextReviewDue: '2027-01-31',
      inForce: { indice: '1', effectiveDate: '2026-01-31' },
      pending: null,
      revision: 0,
    });
    const second = await expectOk<QualityDocument>(
      backend.api,
      'documents.create',
      procedure({ title: 'Réclamations', reviewPeriodMonths: 1 }),
    );
    expect(second.reference).toBe('PR-002');
    expect(second.nextReviewDue).toBe('2026-02-28');
    const form = await expectOk<QualityDocument>(
      backend.api,
      'documents.create',
      procedure({ type: 'formulaire', title: 'Fiche navette' }),
    );
    expect(form.reference).toBe('FO-001');

    const history = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'document', entityId: created.id });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ action: 'create', actor: 'Testeur' });
    expect(history[0]?.changes).toContainEqual({ field: 'owner', before: null, after: 'Amélie Durand' });
  });

  it('records each edit field by field and refuses a stale revision', async () => {
    const created = await expectOk<QualityDocument>(backend.api, 'documents.create', procedure());
    const updated = await expectOk<QualityDocument>(backend.api, 'documents.update', {
      id: created.id,
      revision: 0,
      fields: fieldsOf(procedure({ title: 'Accueil — version révisée', reviewPeriodMonths: 6 })),
    });
    expect(updated).toMatchObject({ revision: 1, nextReviewDue: '2026-07-31' });

    const stale = await backend.api.invoke('documents.update', {
      id: created.id,
      revision: 0,
      fields: fieldsOf(procedure({ title: 'Autre' })),
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const history = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'document', entityId: created.id });
    expect(history.map((entry) => entry.action)).toEqual(['update', 'create']);
    expect(history[0]?.changes).toEqual([
      { field: 'title', before: 'Accueil des salariés en insertion — œuvre', after: 'Accueil — version révisée' },
      { field: 'reviewPeriodMonths', before: 12, after: 6 },
    ]);
  });

  it('filters by status, owner, overdue review and accent-insensitive search', async () => {
    const owner = await expectOk<Person>(backend.api, 'people.create', { name: 'Karim Benali', jobTitle: null });
    await expectOk(
      backend.api,
      'documents.create',
      procedure({ title: 'Procédure de réclamation', effectiveDate: '2024-01-10', ownerId: owner.id }),
    );
    await expectOk(
      backend.api,
      'documents.create',
      procedure({ title: 'Politique qualité', type: 'politique', effectiveDate: '2026-10-01' }),
    );
    await expectOk(
      backend.api,
      'documents.create',
      procedure({ title: 'Brouillon de mode opératoire', type: 'mode_operatoire', initialStatus: 'brouillon', effectiveDate: null }),
    );

    const titles = async (query: Record<string, unknown>) =>
      (await expectOk<QualityDocument[]>(backend.api, 'documents.list', query)).map((document) => document.title);

    expect(await titles({})).toHaveLength(3);
    expect(await titles({ status: 'brouillon' })).toEqual(['Brouillon de mode opératoire']);
    expect(await titles({ ownerId: owner.id })).toEqual(['Procédure de réclamation']);
    expect(await titles({ overdueOnly: true })).toEqual(['Procédure de réclamation']);
    expect(await titles({ search: 'reclamation' })).toEqual(['Procédure de réclamation']);
    expect(await titles({ search: 'PROCED recl' })).toEqual(['Procédure de réclamation']);
    expect(await titles({ search: 'pol' })).toEqual(['Politique qualité']);
    expect(await titles({ search: '" OR 1=1 --' })).toEqual([]);
  });

  it('answers invalid input with French field errors and writes nothing', async () => {
    const result = await backend.api.invoke(
      'documents.create',
      procedure({ title: '   ', reviewPeriodMonths: 0, effectiveDate: '2026-02-30' }),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.fields).toMatchObject({
      title: 'Le titre est obligatoire.',
      reviewPeriodMonths: 'La périodicité est d’au moins 1 mois.',
      effectiveDate: 'Cette date n’existe pas.',
    });
    const unknownProcess = await backend.api.invoke('documents.create', procedure({ processId: 999 }));
    expect(unknownProcess).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { processId: 'Ce processus n’existe pas.' } },
    });
    expect(await expectOk<QualityDocument[]>(backend.api, 'documents.list', {})).toEqual([]);
  });
});
