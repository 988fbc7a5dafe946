import type { Action } from '../../shared/schemas/actions';
import type { Finding } from '../../shared/schemas/audits';
import type { Complaint } from '../../shared/schemas/complaints';
import type { IndicatorDetail } from '../../shared/schemas/indicators';
import type { ManagementReview } from '../../shared/schemas/management-review';
import type { Nonconformity } from '../../shared/schemas/nonconformities';
import { expectOk, type TestBackend } from './backend';
import { fieldsFromTemplate, measureExits, sortiesDynamiques } from './indicators';
import { actionFields } from './nonconformities';

type Id = { id: number };
type People = Record<'amelie' | 'karim' | 'sophie' | 'nadia' | 'paul', Id>;

/**
 * The improvement loop and the performance of the year in `buildYearFile`: the body's NC corrected,
 * analysed, acted on and judged effective; the point sensible answered by an action; the internal
 * audit's NC under way; a nonconformity noticed at work and closed; three réclamations analysed
 * (founded with an action, not founded, founded and turned into an NC); sorties dynamiques,
 * salariés' satisfaction and réclamations measured; two objectives for 2026; the 2025 review held.
 */
export const buildYearLoop = async (
  backend: TestBackend,
  year: {
    people: People;
    processes: Record<string, Id>;
    bodyFindings: Finding[];
    internalNc: Finding;
    /** Fields of the 2025 review that replace those typed below. */
    review?: Record<string, unknown>;
  },
) => {
  const ok = <T>(method: string, input: unknown) => expectOk<T>(backend.api, method, input);
  const { amelie, karim, nadia } = year.people;
  const get = (id: number) => ok<Nonconformity>('nonconformities.get', { id });
  const step = async (method: string, id: number, rest: Record<string, unknown>) =>
    ok<Nonconformity>(method, { id, revision: (await get(id)).revision, ...rest });
  const action = (origin: Record<string, unknown>, ownerId: number, overrides: Record<string, unknown>) =>
    ok<Action>('actions.create', { origin, fields: actionFields(ownerId, overrides) });
  const complete = async (id: number, doneOn: string) =>
    ok<Action>('actions.move', {
      id,
      revision: (await ok<Action>('actions.get', { id })).revision,
      step: { move: 'complete', doneOn, evidenceNotes: null },
    });
  const closeWithCheck = async (ncId: number, plannedOn: string, criterion: string) => {
    await step('nonconformities.planCheck', ncId, { check: { plannedOn, criterion } });
    await step('nonconformities.recordVerdict', ncId, {
      verdict: { verdict: 'efficace', checkedOn: plannedOn, checkedById: karim.id, comment: 'Vérifié sur place : critère atteint.' },
    });
  };

  // The body's NC mineure: corrected, analysed, two actions done, judged effective in September.
  const bodyNc = year.bodyFindings[0]?.nonconformity?.id ?? 0;
  await step('nonconformities.recordCorrection', bodyNc, {
    correction: { what: 'Retrait des exemplaires papier périmés du local des encadrants.', byId: amelie.id, on: '2026-02-15' },
  });
  await step('nonconformities.saveAnalysis', bodyNc, {
    analysis: {
      method: 'cinq_pourquoi',
      analysedById: amelie.id,
      analysedOn: '2026-02-20',
      steps: [
        { why: 'Pourquoi des versions périmées circulent-elles ?', because: 'Les copies papier ne sont pas rappelées.', retained: false },
        { why: 'Pourquoi ne sont-elles pas rappelées ?', because: 'La procédure ne prévoit pas de liste de diffusion.', retained: true },
      ],
    },
  });
  const recall = await action({ source: 'nonconformite', nonconformityId: bodyNc }, amelie.id, {
    openedOn: '2026-02-20',
    description: 'Tenir une liste de diffusion des copies papier.',
    dueDate: '2026-03-31',
  });
  const revise = await action({ source: 'nonconformite', nonconformityId: bodyNc }, amelie.id, {
    openedOn: '2026-02-20',
    description: 'Réviser la procédure de maîtrise des informations documentées.',
    dueDate: '2026-06-30',
  });
  await complete(recall.id, '2026-03-01');
  await complete(revise.id, '2026-06-01');
  await closeWithCheck(bodyNc, '2026-09-15', 'Aucun exemplaire périmé lors de deux visites de chantier.');

  // The point sensible, taken into account by an improvement action done in June.
  const sensible = year.bodyFindings[1];
  const indicatorsAction = await action({ source: 'constat', findingId: sensible?.id }, amelie.id, {
    openedOn: '2026-03-01',
    type: 'amelioration',
    description: 'Commenter les indicateurs à chaque groupe qualité.',
    dueDate: '2026-06-30',
  });
  await complete(indicatorsAction.id, '2026-06-20');

  // The internal audit's NC: analysed, its action under way, its check planned for January.
  const internalNc = year.internalNc.nonconformity?.id ?? 0;
  await step('nonconformities.saveAnalysis', internalNc, {
    analysis: {
      method: 'texte',
      analysedById: amelie.id,
      analysedOn: '2026-09-30',
      text: 'Le bilan intermédiaire ne figure pas dans la check-list du conseiller.',
    },
  });
  const checklistAction = await action({ source: 'nonconformite', nonconformityId: internalNc }, nadia.id, {
    openedOn: '2026-10-01',
    description: 'Ajouter le bilan intermédiaire à la check-list du conseiller.',
    dueDate: '2026-12-15',
  });
  await step('nonconformities.planCheck', internalNc, {
    check: { plannedOn: '2027-01-15', criterion: 'Tous les bilans intermédiaires tracés sur un mois.' },
  });

  // Noticed at work in April, closed in July.
  const daily = await ok<Nonconformity>('nonconformities.create', {
    source: 'quotidien',
    detectedOn: '2026-04-08',
    detectedById: karim.id,
    processId: year.processes.missions?.id ?? null,
    requirementIds: [],
    description: 'Un salarié a commencé sa mission sans visite d’information et de prévention.',
    severity: 'mineure',
  });
  await step('nonconformities.saveAnalysis', daily.id, {
    analysis: {
      method: 'texte',
      analysedById: amelie.id,
      analysedOn: '2026-04-10',
      text: 'La visite n’était pas demandée avant le départ.',
    },
  });
  const visit = await action({ source: 'nonconformite', nonconformityId: daily.id }, karim.id, {
    openedOn: '2026-04-10',
    description: 'Vérifier la visite avant chaque départ en mission.',
    dueDate: '2026-05-15',
  });
  await complete(visit.id, '2026-05-02');
  await closeWithCheck(daily.id, '2026-07-01', 'Aucun départ sans visite sur deux mois.');

  // Réclamations, each analysed.
  const complaint = (fields: Record<string, unknown>) =>
    ok<Complaint>('complaints.create', {
      complainantKind: 'client',
      complainant: null,
      channel: 'courriel',
      processId: null,
      handledById: amelie.id,
      respondedOn: null,
      response: null,
      founded: null,
      analysedOn: null,
      cause: null,
      actionId: null,
      ...fields,
    });
  const deadline = await action({ source: 'autre', note: 'Réclamation du 3 mars 2026' }, amelie.id, {
    openedOn: '2026-03-06',
    description: 'Fixer aux clients une date butoir de commande.',
    dueDate: '2026-04-30',
  });
  await complete(deadline.id, '2026-04-15');
  const planning = await complaint({
    complainant: 'Mairie de Saint-Aubin',
    receivedOn: '2026-03-03',
    responseDue: '2026-03-17',
    respondedOn: '2026-03-10',
    response: 'Nouvelle règle de commande expliquée au client.',
    subject: 'Planning de la mission du 2 mars transmis la veille.',
    founded: 'fondee',
    analysedOn: '2026-03-05',
    cause: 'Les commandes des clients ne sont confirmées que la veille.',
    actionId: deadline.id,
  });
  const notFounded = await complaint({
    complainantKind: 'partenaire',
    complainant: 'Mission locale d’Angers',
    channel: 'telephone',
    receivedOn: '2026-06-15',
    responseDue: '2026-06-30',
    respondedOn: '2026-07-02',
    response: 'Bilan renvoyé à la bonne adresse.',
    subject: 'Bilan de parcours non reçu.',
    founded: 'non_fondee',
    analysedOn: '2026-06-20',
    cause: 'Le bilan avait été envoyé à une adresse périmée de la mission locale.',
  });
  const payslip = await complaint({
    complainantKind: 'salarie',
    channel: 'en_personne',
    receivedOn: '2026-10-01',
    responseDue: '2026-10-15',
    subject: 'Fiche de paie remise en retard.',
  });
  const payslipNc = await ok<Nonconformity>('complaints.openNonconformity', {
    id: payslip.id,
    revision: payslip.revision,
    fields: { severity: 'mineure', description: 'Fiches de paie d’octobre remises après le 10.', detectedById: amelie.id },
  });
  const current = await ok<Complaint>('complaints.get', { id: payslip.id });
  await ok('complaints.update', {
    id: current.id,
    revision: current.revision,
    fields: {
      complainantKind: current.complainantKind,
      complainant: null,
      receivedOn: current.receivedOn,
      channel: current.channel,
      subject: current.subject,
      processId: null,
      handledById: amelie.id,
      responseDue: current.responseDue,
      respondedOn: null,
      response: null,
      founded: 'fondee',
      analysedOn: '2026-10-05',
      cause: 'Variables de paie saisies après la clôture.',
      actionId: null,
    },
  });

  // Indicators: sorties dynamiques quarterly since 2025, salariés' satisfaction twice a year, réclamations.
  const exits = await sortiesDynamiques(backend.api, karim.id, { firstPeriod: '2025-01-01' });
  const quarters: [string, number[], number][] = [
    ['2025-01-01', [4, 2, 2], 16],
    ['2025-04-01', [5, 2, 3], 18],
    ['2025-07-01', [5, 3, 3], 20],
    ['2025-10-01', [5, 2, 2], 20],
    ['2026-01-01', [6, 3, 3], 20],
    ['2026-04-01', [6, 4, 3], 20],
    ['2026-07-01', [5, 2, 2], 18],
  ];
  for (const [start, parts, total] of quarters) await measureExits(backend.api, exits.id, start, parts, total);
  const satisfaction = await ok<IndicatorDetail>(
    'indicators.create',
    fieldsFromTemplate('satisfaction_salaries', nadia.id, {
      frequency: 'semestrielle',
      target: 80,
      alertThreshold: 70,
      firstPeriod: '2025-01-01',
    }),
  );
  for (const [periodStart, numerator] of [
    ['2025-01-01', 41],
    ['2025-07-01', 38],
    ['2026-01-01', 44],
  ] as const) {
    await ok('indicators.addMeasurement', {
      indicatorId: satisfaction.id,
      periodStart,
      value: null,
      numerator,
      denominator: 50,
      parts: null,
      comment: null,
    });
  }
  const objective = (title: string, indicatorId: number) =>
    ok('objectives.create', {
      title,
      description: null,
      ownerId: karim.id,
      processId: null,
      setOn: '2026-01-20',
      targetDate: '2026-12-31',
      status: 'en_cours',
      indicatorIds: [indicatorId],
    });
  await objective('65 % de sorties dynamiques en 2026', exits.id);
  await objective('85 % de salariés satisfaits en 2026', satisfaction.id);

  // The 2025 management review, held in January 2026, with a decision that became an action.
  let review = await ok<ManagementReview>('managementReview.create', {
    heldOn: '2026-01-20',
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    participantIds: [amelie.id, karim.id],
    otherParticipants: null,
    contextChanges: null,
    resources: null,
    risksOpportunities: null,
    externalProviders: null,
    conclusion: 'Système efficace ; les sorties dynamiques restent à améliorer.',
    ...year.review,
  });
  review = await ok<ManagementReview>('managementReview.addDecision', {
    reviewId: review.id,
    kind: 'amelioration',
    text: 'Former les encadrants à la maîtrise documentaire.',
    action: { type: 'amelioration', ownerId: amelie.id, dueDate: '2026-04-30', processId: null },
  });
  review = await ok<ManagementReview>('managementReview.hold', { id: review.id, revision: review.revision });
  const decided = review.decisions[0]?.action?.id;
  if (decided) await complete(decided, '2026-04-10');

  return {
    nonconformities: { body: await get(bodyNc), internal: await get(internalNc), daily: await get(daily.id), payslip: payslipNc },
    actions: { recall, revise, indicatorsAction, checklistAction, visit, deadline },
    complaints: { planning, notFounded, payslip },
    indicators: { exits, satisfaction },
    review,
  };
};
