import type { Audit, Finding } from '../../shared/schemas/audits';
import type { DocumentVersion } from '../../shared/schemas/versions';
import type { Risk } from '../../shared/schemas/risks';
import type { TestBackend } from './backend';
import { riskFields } from './context';
import { fieldsFromTemplate } from './indicators';
import { actionFields } from './nonconformities';
import { tools, type Id, type Planted, type Year } from './readinessFixture';

/**
 * What `plantProblems` expects `makeReady` to leave out: 7.4 is neither linked to anything nor in
 * the programme, a clause nobody thought of (two findings: not evidenced, not audited in the cycle).
 */
export const PLANTED_OMISSIONS = ['6.2.1', '7.4', 'survey', 'backup', 'resources'] as const;

/**
 * One problem of each kind Sève checks, typed as a quality lead would have, each on its own
 * record. Returns what the readiness list must show for each. Left out here: "no management review
 * in twelve months", which cannot hold beside the review of 20 November, and the regulatory watch,
 * checked for a Qualiopi certificate only: `readiness-qualiopi.test.ts` plants both in the same
 * year under Qualiopi. The backup is left out of the planted file by not backing it up.
 */
export const plantProblems = async (backend: TestBackend, year: Year): Promise<Planted[]> => {
  const { ok, requirement, process } = tools(backend, year);
  const { amelie, karim, paul } = year.people;
  const planted: Planted[] = [];
  const plant = (ruleId: string, requirementNumber: string, link: string) => planted.push({ ruleId, requirement: requirementNumber, link });
  const document = (title: string, fields: Record<string, unknown>) =>
    ok<Id>('documents.create', {
      title,
      type: 'procedure',
      processId: null,
      ownerId: amelie.id,
      reviewPeriodMonths: 24,
      initialStatus: 'en_vigueur',
      effectiveDate: '2024-06-03',
      approvedById: karim.id,
      approvedOn: '2024-06-03',
      ...fields,
    });
  const link = (number: string, id: number) =>
    ok('referentials.link', { requirementId: requirement(number), entity: 'document', entityId: id });

  const stale = await document('Gestion des véhicules', { reviewPeriodMonths: 12 });
  plant('document-review-overdue', '7.5.2', `/documents/${stale.id}`);
  const draft = await document('Suivi des bilans de parcours', {
    initialStatus: 'brouillon',
    effectiveDate: null,
    approvedById: null,
    approvedOn: null,
  });
  await link('8.5.1', draft.id);
  plant('document-without-version', '7.5.2', `/documents/${draft.id}`);
  const old = await document('Ancienne fiche de poste', { reviewPeriodMonths: 60 });
  await link('7.2', old.id);
  const version = (await ok<DocumentVersion[]>('documents.versions', { documentId: old.id }))[0];
  await ok('documents.withdrawVersion', {
    id: version?.id,
    revision: version?.revision,
    comment: 'Remplacée par la grille de compétences.',
  });
  plant('obsolete-document-linked', '7.5.3', `/documents/${old.id}`);
  const unread = await document('Consignes de sécurité sur chantier', { effectiveDate: '2026-09-01', approvedOn: '2026-08-28' });
  plant('reads-missing', '7.3', `/documents/${unread.id}`);
  plant('documented-information-missing', '6.2.1', `/exigences/${requirement('6.2.1')}`);
  plant('clause-not-covered', '7.4', `/exigences/${requirement('7.4')}`);
  plant('audit-programme-requirements', '9.2', '/audits/programme');

  await ok<Id>('processes.create', { name: 'Entretien des locaux', kind: 'support', pilotId: paul.id });
  plant('audit-programme-coverage', '9.2', '/audits/programme');
  const ownAudit = await ok<Audit>('audits.create', {
    certificationId: year.certification.id,
    type: 'interne',
    title: 'Audit des habilitations',
    startDate: '2027-02-02',
    endDate: '2027-02-02',
    status: 'planifie',
    leadAuditor: { personId: karim.id, externalName: null },
    auditors: [],
    auditeeIds: [],
    processIds: [await process('Ressources humaines et habilitations')],
    requirementIds: [],
    notes: null,
  });
  plant('auditor-independence', '9.2', `/audits/${ownAudit.id}`);

  const surveillance = year.audits.surveillance.id;
  const grades = await ok<{ id: number; code: string }[]>('audits.grades', { auditId: surveillance });
  const finding = (code: string, description: string) =>
    ok<Finding>('audits.addFinding', {
      auditId: surveillance,
      fields: {
        gradeId: grades.find((g) => g.code === code)?.id,
        requirementId: null,
        processId: null,
        description,
        evidence: null,
        responseDue: '2026-04-25',
        status: 'a_traiter',
      },
    });
  await finding('point_sensible', 'Les fiches de poste ne sont pas datées.');
  plant('body-finding-unanswered', '10.2', `/audits/${surveillance}`);
  const lateFinding = await finding('point_sensible', 'Le plan de formation n’est pas suivi.');
  await ok('actions.create', {
    origin: { source: 'constat', findingId: lateFinding.id },
    fields: actionFields(amelie.id, {
      openedOn: '2026-03-01',
      type: 'amelioration',
      description: 'Suivre le plan de formation chaque trimestre.',
      dueDate: '2026-10-30',
    }),
  });
  plant('body-finding-actions-late', '10.2', `/audits/${surveillance}`);
  const ncFinding = await finding('nc_mineure', 'Les entretiens annuels ne sont pas tracés.');
  const ncAction = await ok<Id & { revision: number }>('actions.create', {
    origin: { source: 'nonconformite', nonconformityId: ncFinding.nonconformity?.id },
    fields: actionFields(amelie.id, { openedOn: '2026-03-01', description: 'Tracer les entretiens annuels.', dueDate: '2026-06-30' }),
  });
  await ok('actions.move', {
    id: ncAction.id,
    revision: ncAction.revision,
    step: { move: 'complete', doneOn: '2026-06-15', evidenceNotes: null },
  });
  plant('body-finding-not-verified', '10.2', `/audits/${surveillance}`);

  const nc = await ok<Id>('nonconformities.create', {
    source: 'quotidien',
    detectedOn: '2026-09-02',
    detectedById: karim.id,
    processId: null,
    requirementIds: [],
    description: 'Un chantier a démarré sans plan de prévention.',
    severity: 'mineure',
  });
  await ok('actions.create', {
    origin: { source: 'nonconformite', nonconformityId: nc.id },
    fields: actionFields(karim.id, {
      openedOn: '2026-09-03',
      description: 'Établir le plan de prévention avant chaque chantier.',
      dueDate: '2026-11-02',
    }),
  });
  plant('nonconformity-overdue', '10.2', `/non-conformites/${nc.id}`);
  const late = await ok<Id>('actions.create', {
    origin: { source: 'autre', note: 'Groupe qualité du 3 septembre 2026' },
    fields: actionFields(amelie.id, {
      openedOn: '2026-09-03',
      type: 'amelioration',
      description: 'Refaire le livret d’accueil.',
      dueDate: '2026-11-13',
    }),
  });
  plant('actions-late', '10.2', `/actions/${late.id}`);
  return [...planted, ...(await plantPerformance(backend, year)), ...(await plantRisks(backend, year))];
};

/** The plants of the second half: review, objectives and indicators, réclamations, competence, providers, surveys, backup. */
const plantPerformance = async (backend: TestBackend, year: Year): Promise<Planted[]> => {
  const { ok } = tools(backend, year);
  const { amelie, karim, paul } = year.people;
  const review = (await ok<{ id: number; heldOn: string }[]>('managementReview.list', {})).find((r) => r.heldOn === '2026-11-20');
  await ok('objectives.create', {
    title: 'Réduire le délai de réponse aux réclamations',
    description: null,
    ownerId: karim.id,
    processId: null,
    setOn: '2026-01-20',
    targetDate: '2026-12-31',
    status: 'en_cours',
    indicatorIds: [],
  });
  const neverMeasured = await ok<Id>(
    'indicators.create',
    fieldsFromTemplate('satisfaction_clients', karim.id, { frequency: 'trimestrielle' }),
  );
  const low = await ok<Id>(
    'indicators.create',
    fieldsFromTemplate('satisfaction_salaries', amelie.id, {
      name: 'Satisfaction des partenaires',
      frequency: 'trimestrielle',
      target: 80,
      alertThreshold: 70,
      firstPeriod: '2026-07-01',
    }),
  );
  await ok('indicators.addMeasurement', {
    indicatorId: low.id,
    periodStart: '2026-07-01',
    value: null,
    numerator: 12,
    denominator: 20,
    parts: null,
    comment: null,
  });
  const complaint = (fields: Record<string, unknown>) =>
    ok<Id>('complaints.create', {
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
  const unanswered = await complaint({ receivedOn: '2026-11-02', responseDue: '2026-11-16', subject: 'Salarié absent sans prévenir.' });
  const unanalysed = await complaint({
    receivedOn: '2026-09-07',
    responseDue: '2026-09-21',
    respondedOn: '2026-09-14',
    response: 'Remplacement organisé.',
    subject: 'Mission écourtée.',
  });
  const competence = await ok<Id>('competences.create', { name: 'Sauveteur secouriste du travail', kind: 'habilitation' });
  const training = await ok<Id>('competences.createTraining', {
    personId: paul.id,
    competenceId: competence.id,
    title: 'SST initial',
    providerId: null,
    status: 'realisee',
    plannedOn: null,
    doneOn: '2024-10-14',
    expiresOn: '2026-10-13',
    evaluationDue: null,
  });
  const provider = await ok<Id>('providers.create', {
    name: 'Cap Formation',
    kind: 'organisme_formation',
    supplies: 'Formations SST et CACES.',
    processId: null,
    since: '2025-01-06',
    evaluationMonths: 12,
    active: true,
  });
  return [
    { ruleId: 'review-inputs-missing', requirement: '9.3', link: `/revues-de-direction/${review?.id}` },
    { ruleId: 'objective-not-measured', requirement: '6.2', link: '/objectifs' },
    { ruleId: 'indicator-late', requirement: '9.1', link: `/indicateurs/${neverMeasured.id}` },
    { ruleId: 'indicator-below-threshold', requirement: '9.1', link: `/indicateurs/${low.id}` },
    { ruleId: 'complaint-unanswered', requirement: '9.1', link: `/reclamations/${unanswered.id}` },
    { ruleId: 'complaint-not-analysed', requirement: '9.1', link: `/reclamations/${unanalysed.id}` },
    { ruleId: 'habilitation-expired', requirement: '7.2', link: `/formations/${training.id}` },
    { ruleId: 'provider-not-evaluated', requirement: '8.4', link: `/prestataires/${provider.id}` },
    { ruleId: 'no-satisfaction-survey', requirement: '9.1', link: '/enquetes' },
    { ruleId: 'backup-old', requirement: '7.5.3', link: '/fichier' },
  ];
};

/** A risk rated high in October and left undecided; an accepted one whose re-evaluation fell due in September. */
const plantRisks = async (backend: TestBackend, year: Year): Promise<Planted[]> => {
  const { ok } = tools(backend, year);
  const { karim, paul } = year.people;
  const untreated = await ok<Id>('risks.create', {
    fields: riskFields(paul.id, {
      title: 'Accident d’un salarié sur un chantier',
      originNote: 'Visite de chantier',
      identifiedOn: '2026-10-05',
    }),
    evaluation: { likelihood: 3, impact: 3 },
  });
  const accepted = await ok<Risk>('risks.create', {
    fields: riskFields(karim.id, { title: 'Panne du véhicule de l’atelier', originNote: 'Groupe qualité', identifiedOn: '2026-02-02' }),
    evaluation: { likelihood: 2, impact: 2 },
  });
  await ok('risks.treat', {
    id: accepted.id,
    revision: accepted.revision,
    fields: {
      treatment: 'accepter',
      treatmentNote: 'Location possible sous 48 heures.',
      decidedOn: '2026-02-15',
      reevaluationDue: '2026-09-30',
    },
    action: null,
  });
  return [
    { ruleId: 'risk-untreated', requirement: '6.1', link: `/risques/${untreated.id}` },
    { ruleId: 'risk-reevaluation-late', requirement: '6.1', link: `/risques/${accepted.id}` },
  ];
};
