import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Agenda } from '../../shared/schemas/agenda';
import type { Action } from '../../shared/schemas/actions';
import type { ManagementReview, ReviewInputs } from '../../shared/schemas/management-review';
import type { Nonconformity } from '../../shared/schemas/nonconformities';
import type { Criterion, Provider, ProviderDetail } from '../../shared/schemas/providers';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';

// The backend's clock says Thursday 26 November 2026.
describe('external providers (§8.4): criteria, periodic evaluations, a poor one leading to an action or an NC', () => {
  let backend: TestBackend;
  let rq: number;
  let criteria: Criterion[];
  let provider: ProviderDetail;

  const evaluate = (providerId: number, evaluatedOn: string, score: number) =>
    expectOk<ProviderDetail>(backend.api, 'providers.evaluate', {
      providerId,
      evaluatedOn,
      evaluatedById: rq,
      scores: criteria.map((c) => ({ criterionId: c.id, score })),
      comment: score < 2 ? 'Deux sessions annulées la veille.' : null,
    });

  beforeEach(async () => {
    backend = await openTestBackend();
    rq = (await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Amélie Durand', jobTitle: 'Responsable qualité' })).id;
    criteria = await expectOk<Criterion[]>(backend.api, 'providers.criteria', {});
    provider = await expectOk<ProviderDetail>(backend.api, 'providers.create', {
      name: 'Formapro 38',
      kind: 'organisme_formation',
      supplies: 'Formations SST et CACES des salariés',
      processId: null,
      since: '2025-01-15',
      evaluationMonths: 12,
      active: true,
    });
  });
  afterEach(() => backend.close());

  it('starts with a default set of criteria the user extends, and scores each one from 1 to 4', async () => {
    expect(criteria.map((c) => c.label)).toEqual([
      'Qualité de la prestation',
      'Respect des délais',
      'Respect des exigences convenues',
      'Communication et réactivité',
    ]);
    const added = await expectOk<Criterion>(backend.api, 'providers.addCriterion', {
      label: 'Suivi des salariés en parcours',
      active: true,
    });
    expect(added.position).toBe(5);
    const outOfScale = await backend.api.invoke('providers.evaluate', {
      providerId: provider.id,
      evaluatedOn: '2026-11-02',
      evaluatedById: rq,
      scores: [{ criterionId: added.id, score: 5 }],
      comment: null,
    });
    expect(outOfScale).toMatchObject({ ok: false, error: { fields: { 'scores.0.score': 'Une note va de 1 à 4.' } } });
    const beforeRelation = await backend.api.invoke('providers.evaluate', {
      providerId: provider.id,
      evaluatedOn: '2024-12-01',
      evaluatedById: rq,
      scores: [{ criterionId: added.id, score: 3 }],
      comment: null,
    });
    expect(beforeRelation).toMatchObject({ ok: false, error: { fields: { evaluatedOn: expect.stringContaining('15 janvier 2025') } } });
    expect((await expectOk<ProviderDetail>(backend.api, 'providers.get', { id: provider.id })).evaluations).toEqual([]);
  });

  it('puts the overdue evaluation in À faire, then a poor result leads to an action of the plan and a nonconformity', async () => {
    // Overdue for ten months: counted with the old overdue ones, the register one click away.
    const agenda = await expectOk<Agenda>(backend.api, 'agenda.list', {});
    expect(agenda.backlog).toContainEqual({ kind: 'provider_evaluation', count: 1, oldestDue: '2026-01-15', route: '/prestataires' });

    const evaluated = await evaluate(provider.id, '2026-11-02', 1);
    const [poor] = evaluated.evaluations;
    expect(poor).toMatchObject({ score: 1, result: 'insuffisant', evaluatedByName: 'Amélie Durand' });
    expect(evaluated.nextEvaluationDue).toBe('2027-11-02');

    const action = await expectOk<Action>(backend.api, 'providers.addAction', {
      evaluationId: poor?.id,
      fields: {
        openedOn: '2026-11-03',
        type: 'corrective',
        description: 'Rencontrer Formapro 38 et exiger un préavis de 15 jours',
        ownerId: rq,
        processId: null,
        dueDate: '2026-12-15',
        evidenceNotes: null,
      },
    });
    expect(action).toMatchObject({ source: 'evaluation_prestataire', originReference: 'Formapro 38', originId: provider.id });
    const plan = await expectOk<Action[]>(backend.api, 'actions.list', { source: 'evaluation_prestataire' });
    expect(plan.map((a) => a.reference)).toEqual([action.reference]);

    const nc = await expectOk<Nonconformity>(backend.api, 'providers.openNonconformity', {
      evaluationId: poor?.id,
      fields: { severity: 'mineure', description: 'Sessions SST annulées sans préavis', detectedById: rq },
    });
    expect(nc).toMatchObject({ source: 'prestataire', detectedOn: '2026-11-02' });
    const again = await backend.api.invoke('providers.openNonconformity', {
      evaluationId: poor?.id,
      fields: { severity: 'mineure', description: 'Encore', detectedById: rq },
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const detail = await expectOk<ProviderDetail>(backend.api, 'providers.get', { id: provider.id });
    expect(detail.evaluations[0]?.actions.map((a) => a.reference)).toEqual([action.reference]);
    expect(detail.evaluations[0]?.nonconformity?.reference).toBe(nc.reference);

    const review = await expectOk<ManagementReview>(backend.api, 'managementReview.create', {
      heldOn: '2026-11-26',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      participantIds: [rq],
      otherParticipants: null,
      contextChanges: null,
      resources: null,
      risksOpportunities: null,
      externalProviders: null,
      conclusion: null,
    });
    const inputs = await expectOk<ReviewInputs>(backend.api, 'managementReview.inputs', { id: review.id });
    expect(inputs.providers).toEqual({
      evaluated: 1,
      poor: 1,
      evaluations: [
        { providerId: provider.id, providerName: 'Formapro 38', evaluatedOn: '2026-11-02', score: 1, result: 'insuffisant', followUps: 2 },
      ],
      overdue: [],
    });
  });

  it('lists providers late for their evaluation, and exports the register for French Excel', async () => {
    const late = await expectOk<Provider[]>(backend.api, 'providers.list', { lateOnly: true });
    expect(late.map((p) => [p.name, p.evaluationLate])).toEqual([['Formapro 38', true]]);
    const csv = await backend.api.invoke('providers.exportCsv', {});
    if (!csv.ok) throw new Error(csv.error.message);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode((csv.value as { content: Uint8Array }).content);
    expect(text.startsWith('\uFEFF"Prestataire";"Type"')).toBe(true);
    expect(text).toContain('"Formapro 38";"Organisme de formation"');
  });
});
