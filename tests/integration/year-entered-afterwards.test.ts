import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Action } from '../../shared/schemas/actions';
import type { ManagementReview, ReviewInputs } from '../../shared/schemas/management-review';
import type { Nonconformity } from '../../shared/schemas/nonconformities';
import type { PackJob } from '../../shared/schemas/pack';
import type { Suggestion } from '../../shared/schemas/suggestions';
import { expectOk, type TestBackend } from '../helpers/backend';
import { actionFields, triageActionFields } from '../helpers/nonconformities';
import { openPackBackend, waitForJob } from '../helpers/packBackend';
import { measureExits, sortiesDynamiques } from '../helpers/indicators';
import { flatText, readPdf } from '../helpers/pdf';

/**
 * A quality lead adopting Sève in December 2026 types last year's records first: a 2025 nonconformity
 * with actions opened, done and late in 2025, an action abandoned, a fiche triaged in 2025, and the
 * 2025 management review held in January 2026. Every figure about 2025 must be the same wherever it is
 * printed — the review's inputs, its minutes, the evidence pack dated 31 December 2025 (summary, action
 * plan, nonconformity pages) — and must come from the records' own dates, not from the day they were typed.
 */
describe('a year entered afterwards gives the same counts everywhere', { timeout: 90_000 }, () => {
  let backend: TestBackend;
  let review: ManagementReview;
  let late: Action;
  let alsoLate: Action;

  const ok = <T>(method: string, input: unknown) => expectOk<T>(backend.api, method, input);
  const pdfText = async (started: { jobId: string }, name: string): Promise<string> => {
    const job: PackJob = await waitForJob(backend, started.jobId);
    if (job.state !== 'done') throw new Error(JSON.stringify(job));
    const download = await backend.api.invoke('pack.download', { jobId: started.jobId });
    if (!download.ok) throw new Error(JSON.stringify(download.error));
    const pdfPath = path.join(backend.dir, name);
    fs.writeFileSync(pdfPath, (download.value as { content: Uint8Array }).content);
    return flatText((await readPdf(pdfPath)).pages);
  };
  const move = async (action: Action, step: Record<string, unknown>) =>
    ok<Action>('actions.move', { id: action.id, revision: (await ok<Action>('actions.get', { id: action.id })).revision, step });

  beforeAll(async () => {
    // Typed in on Sunday 6 December 2026, late in the evening.
    backend = await openPackBackend(() => new Date('2026-12-06T22:30:00Z'));
    const rq = (await ok<{ id: number }>('people.create', { name: 'Amélie Durand', jobTitle: 'Responsable qualité' })).id;
    const director = (await ok<{ id: number }>('people.create', { name: 'Karim Benali', jobTitle: 'Directeur' })).id;

    const nc = await ok<Nonconformity>('nonconformities.create', {
      source: 'quotidien',
      detectedOn: '2025-02-10',
      detectedById: rq,
      processId: null,
      requirementIds: [],
      description: 'Les contrats de mise à disposition ne sont pas signés avant la mission.',
      severity: 'mineure',
    });
    await ok('nonconformities.saveAnalysis', {
      id: nc.id,
      revision: nc.revision,
      analysis: { method: 'texte', analysedById: rq, analysedOn: '2025-02-15', text: 'Pas de contrôle avant le départ en mission.' },
    });
    const forNc = (overrides: Record<string, unknown>) =>
      ok<Action>('actions.create', {
        origin: { source: 'nonconformite', nonconformityId: nc.id },
        fields: actionFields(rq, { openedOn: '2025-02-20', ...overrides }),
      });
    const done = await forNc({ description: 'Ajouter la signature à la check-list de départ.', dueDate: '2025-04-30' });
    late = await forNc({ description: 'Former les chargés de mission.', dueDate: '2025-06-30' });
    const current = await ok<Nonconformity>('nonconformities.get', { id: nc.id });
    await ok('nonconformities.planCheck', {
      id: nc.id,
      revision: current.revision,
      check: { plannedOn: '2026-01-15', criterion: 'Aucun contrat non signé sur un trimestre.' },
    });
    await move(done, { move: 'complete', doneOn: '2025-04-20', evidenceNotes: null });

    alsoLate = await ok<Action>('actions.create', {
      origin: { source: 'autre', note: 'Groupe qualité de mai 2025' },
      fields: actionFields(director, { openedOn: '2025-05-05', description: 'Mettre à jour le livret d’accueil.', dueDate: '2025-09-30' }),
    });
    await move(alsoLate, { move: 'complete', doneOn: '2026-02-10', evidenceNotes: null });
    const abandoned = await ok<Action>('actions.create', {
      origin: { source: 'autre', note: 'Groupe qualité de mars 2025' },
      fields: actionFields(rq, { openedOn: '2025-03-01', description: 'Acheter un logiciel de planning.', dueDate: '2025-05-31' }),
    });
    await move(abandoned, { move: 'abandon', abandonedOn: '2025-10-01', reason: 'Remplacé par l’outil du réseau.' });

    const fiche = await ok<Suggestion>('suggestions.create', {
      authorId: director,
      suggestedOn: '2025-06-03',
      kind: 'idee',
      description: 'Afficher les offres d’emploi dans le hall.',
      processId: null,
    });
    await ok('suggestions.triage', {
      id: fiche.id,
      revision: fiche.revision,
      triagedOn: '2025-06-10',
      decision: { to: 'action', action: triageActionFields(rq, { description: 'Poser un tableau d’affichage.', dueDate: '2025-12-31' }) },
    });

    // Sorties dynamiques measured quarterly from 2025: 45 % at the end of 2025, 65 % in 2026.
    const indicator = await sortiesDynamiques(backend.api, director, { firstPeriod: '2025-01-01' });
    await measureExits(backend.api, indicator.id, '2025-10-01', [5, 2, 2], 20);
    await measureExits(backend.api, indicator.id, '2026-07-01', [6, 3, 4], 20);
    const objective = (title: string, setOn: string, targetDate: string) =>
      ok('objectives.create', {
        title,
        description: null,
        ownerId: director,
        processId: null,
        setOn,
        targetDate,
        status: 'en_cours',
        indicatorIds: [indicator.id],
      });
    await objective('60 % de sorties dynamiques en 2025', '2025-01-15', '2025-12-31');
    await objective('65 % de sorties dynamiques en 2026', '2026-01-20', '2026-12-31');
    // A procedure in force since January 2024 whose yearly review was late all 2025, then held in March 2026.
    const procedure = await ok<{ id: number }>('documents.create', {
      title: 'Mise à disposition',
      type: 'procedure',
      initialStatus: 'en_vigueur',
      processId: null,
      ownerId: rq,
      reviewPeriodMonths: 12,
      effectiveDate: '2024-01-15',
      approvedById: director,
      approvedOn: '2024-01-10',
    });
    await ok('documents.recordReview', {
      documentId: procedure.id,
      fields: { reviewDate: '2026-03-02', reviewerId: rq, outcome: 'reconduit', comment: null },
    });

    review = await ok<ManagementReview>('managementReview.create', {
      heldOn: '2026-01-20',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      participantIds: [rq, director],
      otherParticipants: null,
      contextChanges: null,
      resources: null,
      risksOpportunities: null,
      externalProviders: null,
      conclusion: null,
    });
    review = await ok<ManagementReview>('managementReview.addDecision', {
      reviewId: review.id,
      kind: 'amelioration',
      text: 'Former toute l’équipe à la signature électronique.',
      action: { type: 'amelioration', ownerId: director, dueDate: '2026-03-31', processId: null },
    });
    review = await ok<ManagementReview>('managementReview.hold', { id: review.id, revision: review.revision });
  }, 60_000);
  afterAll(() => backend.close());

  it('numbers each action on the year it was opened, not the year it was typed in', async () => {
    const actions = await ok<Action[]>('actions.list', {});
    expect(actions.filter((a) => a.openedOn.startsWith('2025')).every((a) => a.reference.startsWith('ACT-2025-'))).toBe(true);
    expect(review.decisions[0]?.action?.reference).toBe('ACT-2026-001');
    expect(await ok<Action>('actions.get', { id: review.decisions[0]?.action?.id })).toMatchObject({ openedOn: '2026-01-20' });
  });

  it('reads the review’s inputs as of 31 December 2025, without the review’s own decision', async () => {
    const inputs = await ok<ReviewInputs>('managementReview.inputs', { id: review.id });
    expect(inputs.readOn).toBe('2025-12-31');
    // Opened in 2025: the NC's two actions, the group's two, the fiche's; never the decision of January 2026.
    expect(inputs.actions).toMatchObject({ opened: 5, completed: 1, overdue: 2 });
    expect(inputs.actions.overdueList.map((a) => a.reference).sort()).toEqual([late.reference, alsoLate.reference].sort());
    expect(inputs.nonconformities).toMatchObject({ opened: 1, closed: 0, openNow: 1, list: [{ status: 'actions_en_cours' }] });
    expect(inputs.suggestions).toMatchObject({ received: 1, toTriage: 0, list: [{ status: 'action' }] });
    // The 2025 objective with its value of 2025, not of 2026; the objective set in 2026 is not an input of 2025.
    expect(inputs.objectives).toEqual([
      expect.objectContaining({
        title: '60 % de sorties dynamiques en 2025',
        overdue: false,
        indicators: [{ name: 'Taux de sorties dynamiques', state: 'non_atteint', latest: '45\u202F%' }],
      }),
    ]);
    expect(inputs.indicators[0]?.measurements.map((m) => m.label)).toEqual(['T4 2025']);
    // Late for review on 31 December 2025, although reviewed since.
    expect(inputs.documentsOverdue.map((d) => [d.reference, d.nextReviewDue])).toEqual([['PR-001', '2025-01-15']]);
  });

  it('prints the same figures in the review’s minutes', async () => {
    const text = await pdfText(await ok<{ jobId: string }>('managementReview.startMinutes', { reviewId: review.id }), 'revue.pdf');
    expect(text).toContain('2 actions en retard au 31/12/2025');
    expect(text).toContain('1 non-conformité(s) ouverte(s) au 31/12/2025 ; 5 action(s) ouverte(s) et 1 réalisée(s) sur la période');
    expect(text).toContain(late.reference);
    expect(text).toContain(alsoLate.reference);
    // The review's own decision appears among its outputs only, after the inputs' list of late actions.
    const lateList = text.slice(text.indexOf('Actions en retard'), text.indexOf('7. Résultats des audits'));
    expect(lateList).toContain(late.reference);
    expect(lateList).not.toContain('ACT-2026-001');
  });

  it('prints the same figures in the evidence pack dated 31 December 2025: summary, action plan and nonconformity pages', async () => {
    const started = await ok<{ jobId: string }>('pack.start', {
      date: '2025-12-31',
      referentialId: null,
      scope: { kind: 'all' },
      sections: ['summary', 'nonconformities'],
    });
    const text = await pdfText(started, 'dossier.pdf');
    // Open on 31 December 2025: the late NC action, the group's action done in 2026, the fiche's action due that day.
    expect(text).toContain('2 action(s) en retard sur 3 ouverte(s)');
    expect(text).toContain('3 ouverte(s) au 31/12/2025, dont 2 en retard');
    expect(text).toContain(
      `${late.reference} Corrective Former les chargés de mission. Amélie Durand 30/06/2025 À faire — en retard de 184 jours`,
    );
    expect(text).toContain('Abandonnée le 01/10/2025');
    expect(text).toContain('1 non-conformité(s) ouverte(s), dont 0 majeure(s)');
    expect(text).not.toContain('ACT-2026-001');
  });
});
