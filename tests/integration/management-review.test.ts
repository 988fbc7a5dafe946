import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Action } from '../../shared/schemas/actions';
import type { HistoryEntry } from '../../shared/schemas/history';
import type { ManagementReview, ReviewInputs, ReviewSummary } from '../../shared/schemas/management-review';
import { dataChecksum } from '../helpers/checksum';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';
import { measureExits, sortiesDynamiques } from '../helpers/indicators';
import { auditWithFinding } from '../helpers/nonconformities';

const reviewFields = (participantIds: number[], overrides: Record<string, unknown> = {}) => ({
  heldOn: '2026-11-26',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  participantIds,
  otherParticipants: 'M. Perrin, administrateur',
  contextChanges: 'Nouveau marché d’entretien des espaces verts avec la commune.',
  resources: null,
  risksOpportunities: null,
  externalProviders: null,
  conclusion: null,
  ...overrides,
});

describe('the management review', () => {
  let backend: TestBackend;
  let director: number;
  let rq: number;
  beforeEach(async () => {
    backend = await openTestBackend();
    director = (await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Claire Martin', jobTitle: 'Directrice' })).id;
    rq = (await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Amélie Durand', jobTitle: 'Responsable qualité' })).id;
  });
  afterEach(() => backend.close());

  /** A year of the file: an external audit with an NC, an internal one with a piste de progrès, a réclamation, a fiche, an indicator, an overdue document. */
  const yearOfRecords = async () => {
    await auditWithFinding(backend.api, { startDate: '2026-03-02', endDate: '2026-03-03', code: 'nc_mineure' });
    const internal = await auditWithFinding(backend.api, { startDate: '2026-05-12', endDate: '2026-05-12', code: 'piste_progres' });
    await expectOk(backend.api, 'audits.update', {
      id: internal.audit.id,
      revision: internal.audit.revision,
      fields: { ...auditInput(), type: 'interne', startDate: '2026-05-12', endDate: '2026-05-12' },
    });
    await expectOk(backend.api, 'complaints.create', {
      complainantKind: 'client',
      complainant: 'Mairie de Saint-Aubin',
      receivedOn: '2026-06-02',
      channel: 'courriel',
      subject: 'Chantier laissé inachevé.',
      processId: null,
      handledById: rq,
      responseDue: '2026-06-17',
      respondedOn: '2026-06-12',
      response: 'Reprise du chantier.',
    });
    await expectOk(backend.api, 'suggestions.create', {
      authorId: rq,
      suggestedOn: '2026-09-18',
      kind: 'idee',
      description: 'Un livret d’accueil illustré.',
      processId: null,
    });
    const indicator = await sortiesDynamiques(backend.api, director);
    await measureExits(backend.api, indicator.id, '2026-01-01', [5, 4, 3], 20);
    await measureExits(backend.api, indicator.id, '2026-04-01', [3, 2, 4], 20);
    await measureExits(backend.api, indicator.id, '2026-07-01', [6, 3, 4], 20);
    await expectOk(backend.api, 'documents.create', {
      title: 'Accueil des salariés',
      type: 'procedure',
      initialStatus: 'en_vigueur',
      processId: null,
      ownerId: rq,
      reviewPeriodMonths: 12,
      effectiveDate: '2025-01-15',
      approvedById: director,
      approvedOn: '2025-01-10',
    });
  };

  it('pre-fills the inputs for its period from the file, without typing', async () => {
    await yearOfRecords();
    const [indicator] = await expectOk<{ id: number }[]>(backend.api, 'indicators.list', {});
    await expectOk(backend.api, 'objectives.create', {
      title: 'Atteindre 60 % de sorties dynamiques',
      description: null,
      ownerId: director,
      processId: null,
      setOn: '2026-01-10',
      targetDate: '2026-12-31',
      status: 'en_cours',
      indicatorIds: [indicator?.id],
    });
    const review = await expectOk<ManagementReview>(backend.api, 'managementReview.create', reviewFields([director, rq]));
    expect(review).toMatchObject({ status: 'en_preparation', participantNames: ['Amélie Durand', 'Claire Martin'] });
    const inputs = await expectOk<ReviewInputs>(backend.api, 'managementReview.inputs', { id: review.id });
    expect(inputs.previousReview).toBeNull();
    expect(inputs.audits.map((a) => [a.reference, a.external, a.findings])).toEqual([
      ['AUD-2026-01', true, [{ label: 'NC mineure', count: 1 }]],
      ['AUD-2026-02', false, [{ label: 'Piste de progrès', count: 1 }]],
    ]);
    expect(inputs.findingsByGrade).toEqual([
      { label: 'NC mineure', internal: 0, external: 1 },
      { label: 'Piste de progrès', internal: 1, external: 0 },
    ]);
    expect(inputs.nonconformities).toMatchObject({
      opened: 1,
      closed: 0,
      openNow: 1,
      list: [{ reference: 'NC-2026-001', severity: 'mineure' }],
    });
    expect(inputs.complaints).toMatchObject({
      received: 1,
      answered: 1,
      answeredLate: 0,
      averageResponseDays: 10,
      list: [{ reference: 'REC-2026-001' }],
    });
    expect(inputs.suggestions).toMatchObject({ received: 1, toTriage: 1 });
    expect(inputs.documentsOverdue.map((d) => [d.reference, d.nextReviewDue])).toEqual([['PR-001', '2026-01-15']]);
    expect(inputs.objectives).toEqual([
      expect.objectContaining({
        title: 'Atteindre 60 % de sorties dynamiques',
        status: 'en_cours',
        overdue: false,
        indicators: [{ name: 'Taux de sorties dynamiques', state: 'atteint', latest: '65\u202F%' }],
      }),
    ]);
    expect(inputs.indicators).toEqual([
      expect.objectContaining({
        name: 'Taux de sorties dynamiques',
        target: 60,
        state: 'atteint',
        measurements: [
          { periodStart: '2026-01-01', label: 'T1 2026', value: 60, state: 'atteint' },
          { periodStart: '2026-04-01', label: 'T2 2026', value: 45, state: 'non_atteint' },
          { periodStart: '2026-07-01', label: 'T3 2026', value: 65, state: 'atteint' },
        ],
        // T4 2026 is not due before 15 January 2027.
        missing: [],
      }),
    ]);
  });

  it('turns decisions into actions of the plan in one step, freezes the review when held, and shows them at the next one', async () => {
    const review = await expectOk<ManagementReview>(backend.api, 'managementReview.create', reviewFields([director]));
    const before = dataChecksum(backend.filePath);
    const refusal = await backend.api.invoke('managementReview.addDecision', {
      reviewId: review.id,
      kind: 'amelioration',
      text: 'Former les encadrants à l’entretien de bilan.',
      action: { type: 'amelioration', ownerId: 999, dueDate: '2027-03-31', processId: null },
    });
    expect(refusal).toMatchObject({ ok: false, error: { fields: { 'action.ownerId': 'Cette personne n’existe pas dans l’annuaire.' } } });
    expect(dataChecksum(backend.filePath)).toBe(before);

    await expectOk(backend.api, 'managementReview.addDecision', {
      reviewId: review.id,
      kind: 'amelioration',
      text: 'Former les encadrants à l’entretien de bilan.',
      action: { type: 'amelioration', ownerId: rq, dueDate: '2027-03-31', processId: null },
    });
    const withText = await expectOk<ManagementReview>(backend.api, 'managementReview.addDecision', {
      reviewId: review.id,
      kind: 'ressources',
      text: 'Recruter un second CIP à mi-temps.',
      action: null,
    });
    const converted = await expectOk<ManagementReview>(backend.api, 'managementReview.decisionToAction', {
      decisionId: withText.decisions[1]?.id,
      action: { type: 'amelioration', ownerId: director, dueDate: '2027-06-30', processId: null },
    });
    expect(converted.decisions.map((d) => [d.position, d.kind, d.action?.reference, d.action?.status])).toEqual([
      [1, 'amelioration', 'ACT-2026-001', 'a_faire'],
      [2, 'ressources', 'ACT-2026-002', 'a_faire'],
    ]);
    const plan = await expectOk<Action[]>(backend.api, 'actions.list', { source: 'revue_direction' });
    expect(plan.map((a) => [a.reference, a.description, a.ownerName, a.originNote])).toEqual([
      ['ACT-2026-001', 'Former les encadrants à l’entretien de bilan.', 'Amélie Durand', 'Revue de direction du 26/11/2026, décision 1'],
      ['ACT-2026-002', 'Recruter un second CIP à mi-temps.', 'Claire Martin', 'Revue de direction du 26/11/2026, décision 2'],
    ]);
    expect(await backend.api.invoke('managementReview.removeDecision', { decisionId: converted.decisions[0]?.id })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });

    const held = await expectOk<ManagementReview>(backend.api, 'managementReview.hold', { id: review.id, revision: converted.revision });
    expect(held).toMatchObject({ status: 'tenue', heldAt: '2026-11-26T10:00:00.000Z' });
    const frozen = dataChecksum(backend.filePath);
    for (const [method, input] of [
      ['managementReview.update', { id: review.id, revision: held.revision, fields: reviewFields([director]) }],
      ['managementReview.addDecision', { reviewId: review.id, kind: 'autre', text: 'Après coup.', action: null }],
      ['managementReview.hold', { id: review.id, revision: held.revision }],
    ] as const) {
      expect(await backend.api.invoke(method, input)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    }
    expect(dataChecksum(backend.filePath)).toBe(frozen);

    // The first action is done; the next review shows each decision of this one as it stands now.
    await expectOk(backend.api, 'actions.move', {
      id: plan[0]?.id,
      revision: plan[0]?.revision,
      step: { move: 'complete', doneOn: '2026-11-26', evidenceNotes: null },
    });
    const next = await expectOk<ManagementReview>(
      backend.api,
      'managementReview.create',
      reviewFields([director], { heldOn: '2027-02-10', periodStart: '2027-01-01', periodEnd: '2027-12-31' }),
    );
    const inputs = await expectOk<ReviewInputs>(backend.api, 'managementReview.inputs', { id: next.id });
    expect(inputs.previousReview?.heldOn).toBe('2026-11-26');
    expect(inputs.previousReview?.decisions.map((d) => [d.text, d.action?.status, d.action?.doneOn])).toEqual([
      ['Former les encadrants à l’entretien de bilan.', 'realisee', '2026-11-26'],
      ['Recruter un second CIP à mi-temps.', 'a_faire', null],
    ]);
    expect(await expectOk<ReviewSummary[]>(backend.api, 'managementReview.list', {})).toMatchObject([
      { heldOn: '2027-02-10', decisionCount: 0 },
      { heldOn: '2026-11-26', decisionCount: 2, actionCount: 2, status: 'tenue' },
    ]);
    const history = await expectOk<HistoryEntry[]>(backend.api, 'history.forRecord', { entity: 'management_review', entityId: review.id });
    expect(history.map((h) => h.action)).toEqual(['hold', 'decision_action', 'decision_add', 'decision_add', 'create']);
  });

  it('refuses a period ending before it starts, an unknown participant, and holding a future review', async () => {
    expect(await backend.api.invoke('managementReview.create', reviewFields([director], { periodEnd: '2025-12-31' }))).toMatchObject({
      ok: false,
      error: { fields: { periodEnd: 'La fin de la période revue vient après son début.' } },
    });
    expect(await backend.api.invoke('managementReview.create', reviewFields([director, 999]))).toMatchObject({
      ok: false,
      error: { fields: { 'participantIds.1': 'Cette personne n’existe pas dans l’annuaire.' } },
    });
    const future = await expectOk<ManagementReview>(
      backend.api,
      'managementReview.create',
      reviewFields([director], { heldOn: '2027-01-20' }),
    );
    expect(await backend.api.invoke('managementReview.hold', { id: future.id, revision: future.revision })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });
});

const auditInput = () => ({
  certificationId: null,
  title: null,
  status: 'realise',
  leadAuditor: { personId: null, externalName: 'Mme Roux' },
  auditors: [],
  auditeeIds: [],
  processIds: [],
  requirementIds: [],
  notes: null,
});
