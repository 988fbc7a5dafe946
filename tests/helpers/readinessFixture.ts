import type { Audit } from '../../shared/schemas/audits';
import type { Complaint } from '../../shared/schemas/complaints';
import type { DocumentVersion, VersionReads } from '../../shared/schemas/versions';
import type { ManagementReview } from '../../shared/schemas/management-review';
import type { Risk } from '../../shared/schemas/risks';
import { expectOk, type TestBackend } from './backend';
import { riskFields, sourceFields, watchItemFields } from './context';
import type { buildYearFile } from './yearFixture';

export type Id = { id: number };
export type Year = Awaited<ReturnType<typeof buildYearFile>>;

/** The day the checks are run for in these tests: the pinned today. */
export const READY_ON = '2026-11-26';

/** Clauses the manual answers in the ready file (what no register of Sève evidences by itself). */
const MANUAL_CLAUSES = ['4.1', '4.2', '5.1', '5.3', '6.1', '6.2.1', '6.3', '7.1', '7.4', '8.4', '8.6', '8.7', '10.1'];

/**
 * Clauses the cross audit of January 2027 plans, beside those the year's two internal audits
 * covered (8.2, 8.5, 7.2, 9.1): with them the programme covers every applicable clause in the cycle
 * (8.3 is declared non applicable).
 */
const PROGRAMME_CLAUSES = [
  ...['4.1', '4.2', '4.3', '4.4', '5.1', '5.2', '5.3', '6.1', '6.2', '6.3', '7.1', '7.3', '7.4', '7.5'],
  ...['8.1', '8.4', '8.6', '8.7', '9.2', '9.3', '10.1', '10.2', '10.3'],
];

export const tools = (backend: TestBackend, year: Year) => {
  const ok = <T>(method: string, input: unknown) => expectOk<T>(backend.api, method, input);
  const requirement = (number: string): number => year.requirements.get(number)?.id ?? 0;
  const documentId = async (title: string) =>
    (await ok<(Id & { title: string })[]>('documents.list', {})).find((d) => d.title === title)?.id ?? 0;
  const process = async (name: string) => (await ok<(Id & { name: string })[]>('processes.list', {})).find((p) => p.name === name)?.id ?? 0;
  return { ok, requirement, documentId, process };
};

/**
 * Puts right, on 26 November 2026, everything the realistic year leaves for the next audit: the
 * manual answers the clauses nothing else evidences, everyone has read the versions of the year, the
 * policy is reviewed, the payslip réclamation answered, a survey ran in May, the programme plans the
 * three processes and the clauses not audited yet, the main risk is treated, the regulatory watch
 * noted a decree in October, the 2026 review is held with every input, and the file is backed up.
 * `omit` leaves out clauses of the manual and of the programme, the `survey`, the `backup`, the
 * review's `resources`, the whole 2026 `review`, or the `watch`'s item of the quarter.
 */
export const makeReady = async (backend: TestBackend, year: Year, omit: readonly string[] = []) => {
  const { ok, requirement, documentId, process } = tools(backend, year);
  const { amelie, karim } = year.people;
  const manual = await documentId('Manuel qualité');
  for (const number of MANUAL_CLAUSES.filter((n) => !omit.includes(n)))
    await ok('referentials.link', { requirementId: requirement(number), entity: 'document', entityId: manual });

  for (const document of await ok<Id[]>('documents.list', {})) {
    const inForce = (await ok<DocumentVersion[]>('documents.versions', { documentId: document.id })).find((v) => v.status === 'en_vigueur');
    if (!inForce || (inForce.effectiveDate ?? '') < '2025-11-27') continue;
    const reads = await ok<VersionReads>('documents.reads', { versionId: inForce.id });
    if (reads.notYet.length > 0)
      await ok('documents.recordReads', { versionId: inForce.id, personIds: reads.notYet.map((p) => p.personId), readOn: '2026-11-20' });
  }
  await ok('documents.recordReview', {
    documentId: year.documents.policy.documentId,
    fields: { reviewDate: '2026-11-20', reviewerId: karim.id, outcome: 'reconduit', comment: null },
  });

  const payslip = await ok<Complaint>('complaints.get', { id: year.complaints.payslip.id });
  await ok('complaints.update', {
    id: payslip.id,
    revision: payslip.revision,
    fields: {
      complainantKind: payslip.complainantKind,
      complainant: null,
      receivedOn: payslip.receivedOn,
      channel: payslip.channel,
      subject: payslip.subject,
      processId: null,
      handledById: amelie.id,
      responseDue: payslip.responseDue,
      respondedOn: '2026-10-12',
      response: 'Fiche remise et calendrier de paie rappelé à l’équipe.',
      founded: payslip.founded,
      analysedOn: payslip.analysedOn,
      cause: payslip.cause,
      actionId: null,
    },
  });

  if (!omit.includes('survey'))
    await ok('surveys.create', {
      title: 'Satisfaction des salariés en parcours 2026',
      population: 'salaries_parcours',
      opensOn: '2026-05-04',
      closesOn: '2026-05-29',
      solicited: null,
      indicatorId: null,
    });
  await ok<Audit>('audits.create', {
    certificationId: year.certification.id,
    type: 'interne',
    title: 'Audit croisé du pilotage, des missions et des RH',
    startDate: '2027-01-12',
    endDate: '2027-01-13',
    status: 'planifie',
    leadAuditor: { personId: null, externalName: 'Claire Martin (réseau COORACE)' },
    auditors: [],
    auditeeIds: [],
    processIds: [
      year.processes.pilotage.id,
      await process('Mise à disposition et suivi des missions'),
      await process('Ressources humaines et habilitations'),
    ],
    requirementIds: PROGRAMME_CLAUSES.filter((n) => !omit.includes(n)).map(requirement),
    notes: null,
  });
  await makeContextReady(backend, year, omit);
  if (!omit.includes('review')) await holdReview(backend, year, omit);
  if (!omit.includes('backup')) await ok('backups.create', {});
};

/** The risk of losing hours of mise à disposition, treated by an action due in January; the regulatory watch alive. */
const makeContextReady = async (backend: TestBackend, year: Year, omit: readonly string[]) => {
  const { ok } = tools(backend, year);
  const { amelie, karim } = year.people;
  const risk = await ok<Risk>('risks.create', {
    fields: riskFields(karim.id, {
      title: 'Baisse des heures de mise à disposition',
      originNote: 'Bilan d’activité du premier trimestre',
      identifiedOn: '2026-03-02',
    }),
    evaluation: { likelihood: 3, impact: 4 },
  });
  await ok('risks.treat', {
    id: risk.id,
    revision: risk.revision,
    fields: { treatment: 'reduire', treatmentNote: null, decidedOn: '2026-03-10', reevaluationDue: '2027-03-31' },
    action: {
      type: 'preventive',
      description: 'Prospecter dix nouveaux clients particuliers.',
      ownerId: amelie.id,
      processId: null,
      dueDate: '2027-01-31',
      evidenceNotes: null,
    },
  });
  const source = await ok<Id>('watch.createSource', sourceFields({ ownerId: amelie.id }));
  if (!omit.includes('watch')) await ok('watch.create', watchItemFields({ sourceId: source.id }));
};

/** The 2026 review, held on 20 November with every input of § 9.3.2 (`omit` may leave out its `resources`). */
const holdReview = async (backend: TestBackend, year: Year, omit: readonly string[]) => {
  const { ok } = tools(backend, year);
  const { amelie, karim } = year.people;
  const review = await ok<ManagementReview>('managementReview.create', {
    heldOn: '2026-11-20',
    periodStart: '2026-01-01',
    periodEnd: '2026-10-31',
    participantIds: [amelie.id, karim.id],
    otherParticipants: null,
    contextChanges: 'Nouveau conventionnement de la DDETS.',
    resources: omit.includes('resources') ? null : 'Un encadrant technique recruté en septembre.',
    risksOpportunities: 'Risque de baisse des heures de mise à disposition : prospection engagée.',
    externalProviders: 'Organismes de formation évalués : satisfaisants.',
    conclusion: 'Système efficace.',
  });
  await ok('managementReview.hold', { id: review.id, revision: review.revision });
};

/** A problem planted in the ready file: the rule that must find it, where, and the button's target. */
export type Planted = { ruleId: string; requirement: string; link: string };
