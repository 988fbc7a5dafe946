import type { Audit, Certification, Finding, FindingGrade } from '../../shared/schemas/audits';
import type { DocumentVersion } from '../../shared/schemas/versions';
import { expectOk, type TestBackend } from './backend';
import { buildRealisticFile } from './packFixture';
import { buildYearLoop } from './yearLoop';

type Id = { id: number };

/** Words a narrow column would cut, typed where they land in table cells. */
export const LONG_WORDS = ['Accompagnement', 'socioprofessionnel', 'individualisé', 'Réalisation', 'habilitations'];

export const SCOPE_STATEMENT =
  'Accueil, recrutement, mise à disposition et accompagnement socioprofessionnel de salariés en insertion, sur le territoire du Val de Loire.';

/** The certification body's findings at the surveillance audit of February 2026, in the order it wrote them. */
export const BODY_FINDINGS = [
  { code: 'nc_mineure', number: '7.5.3', description: 'Des versions périmées de la procédure d’accueil circulent sur le chantier.' },
  { code: 'point_sensible', number: '9.1.3', description: 'Les indicateurs ne sont pas analysés en groupe qualité.' },
  { code: 'piste_progres', number: null, description: 'Formaliser l’accueil des partenaires prescripteurs.' },
  { code: 'point_fort', number: null, description: 'Implication de la direction et des encadrants dans la démarche qualité.' },
] as const;

/**
 * A realistic year of an SIAE in a group certification, as its quality lead would have typed it
 * by 26 November 2026: 12 documents in force (one revised since the last audit), the Cèdre ISO 9001
 * certificate of March 2025 and its first surveillance audit (February 2026, four findings and
 * their follow-up), two internal audits with their reports, then (in `buildYearLoop`) the
 * nonconformities, actions, réclamations with their analysis, indicators and objectives, and the
 * management review of 2025 held in January 2026.
 */
/**
 * What a test may change in the year: the certificate's `scheme` (the same year under Qualiopi's
 * rules), and fields of the 2025 management review as typed (`review`: its dates, its comments).
 */
export type YearOptions = { scheme?: string; review?: Record<string, unknown> };

export const buildYearFile = async (backend: TestBackend, options: YearOptions = {}) => {
  const { api } = backend;
  const ok = <T>(method: string, input: unknown) => expectOk<T>(api, method, input);
  const base = await buildRealisticFile(backend);
  const { amelie, karim, sophie } = base.people;
  const requirement = (number: string): number => base.requirements.get(number)?.id ?? 0;
  const nadia = await ok<Id>('people.create', { name: 'Nadia Haddad', jobTitle: 'Conseillère en insertion professionnelle' });
  const paul = await ok<Id>('people.create', { name: 'Paul Girard', jobTitle: 'Encadrant technique' });
  const process = (name: string, kind: string, pilotId: number) => ok<Id>('processes.create', { name, kind, pilotId });
  const accompagnement = await process('Accompagnement socioprofessionnel', 'realisation', nadia.id);
  const missions = await process('Mise à disposition et suivi des missions', 'realisation', paul.id);
  const rh = await process('Ressources humaines et habilitations', 'support', karim.id);

  await ok('organisation.update', {
    name: 'Association Tremplin — Économie solidaire',
    indiceScheme: 'numeric',
    scopeStatement: SCOPE_STATEMENT,
    sites: 'Siège : 12 rue des Tanneurs, Angers\nAtelier : zone artisanale des Landes, Trélazé',
  });
  await ok('objectives.setPolicy', {
    documentId: base.documents.policy.documentId,
    text: 'Notre association s’engage à accompagner chaque salarié en insertion vers un emploi durable.\nNous écoutons nos clients, nos partenaires et nos salariés, et nous améliorons nos pratiques chaque année.',
  });

  const document = async (title: string, type: string, processId: number | null, numbers: string[], effectiveDate = '2025-01-15') => {
    const created = await ok<Id & { reference: string }>('documents.create', {
      title,
      type,
      processId,
      ownerId: amelie.id,
      reviewPeriodMonths: 24,
      initialStatus: 'en_vigueur',
      effectiveDate,
      approvedById: karim.id,
      approvedOn: effectiveDate,
    });
    for (const number of numbers)
      await ok('referentials.link', { requirementId: requirement(number), entity: 'document', entityId: created.id });
    return created;
  };
  await document('Manuel qualité', 'manuel', base.processes.pilotage.id, ['4.3', '4.4']);
  await document('Accompagnement socioprofessionnel individualisé des salariés', 'procedure', accompagnement.id, ['8.5.1']);
  const control = await document('Maîtrise des informations documentées', 'procedure', base.processes.pilotage.id, ['7.5']);
  await document('Audits internes', 'procedure', base.processes.pilotage.id, ['9.2']);
  await document('Traitement des non-conformités et actions correctives', 'procedure', base.processes.pilotage.id, ['10.2']);
  await document('Fiche de liaison prescripteur', 'formulaire', base.processes.accueil.id, ['8.2.1']);
  await document('Grille d’évaluation des compétences', 'formulaire', rh.id, ['7.2']);
  await document('Registre des habilitations et formations', 'enregistrement', rh.id, ['7.2']);
  await document('Mise à disposition : déroulé d’une mission', 'mode_operatoire', missions.id, ['8.1']);
  // Revised after the surveillance audit: its indice 2 is in force since June.
  const draft = await ok<DocumentVersion>('documents.createVersion', { documentId: control.id });
  const written = await ok<DocumentVersion>('documents.updateVersion', {
    id: draft.id,
    revision: draft.revision,
    fields: {
      changeSummary: 'Retrait des exemplaires papier périmés.',
      writtenById: amelie.id,
      writtenOn: '2026-05-20',
      checkedById: null,
      checkedOn: null,
      effectiveDate: '2026-06-01',
    },
  });
  const submitted = await ok<DocumentVersion>('documents.submitVersion', { id: written.id, revision: written.revision });
  await ok('documents.approveVersion', {
    id: submitted.id,
    revision: submitted.revision,
    fields: { approvedById: karim.id, approvedOn: '2026-05-28', effectiveDate: '2026-06-01', checkedById: null, checkedOn: null },
  });

  const certification = await ok<Certification>('certifications.create', {
    scheme: options.scheme ?? 'Cèdre ISO 9001',
    referentialId: base.requirements.get('4')?.referentialId ?? null,
    body: 'AFNOR Certification',
    certificateNumber: 'CED-2025-0117',
    decisionDate: '2025-03-15',
    expiryDate: '2028-03-14',
    status: 'certifie',
    isGroup: true,
    groupName: 'GES Val de Loire Solidaire',
    centralFunction: 'COORACE Pays de la Loire',
    otherMembers: 'ACI Les Jardins du Val ; EI Recyclerie des Landes',
  });
  const audit = (fields: Record<string, unknown>) =>
    ok<Audit>('audits.create', {
      certificationId: certification.id,
      title: null,
      leadAuditor: null,
      auditors: [],
      auditeeIds: [],
      processIds: [],
      requirementIds: [],
      notes: null,
      ...fields,
    });
  const grades = async (auditId: number) => ok<FindingGrade[]>('audits.grades', { auditId });
  const finding = async (auditId: number, code: string, fields: Record<string, unknown>) =>
    ok<Finding>('audits.addFinding', {
      auditId,
      fields: {
        gradeId: (await grades(auditId)).find((grade) => grade.code === code)?.id,
        requirementId: null,
        processId: null,
        evidence: null,
        responseDue: null,
        status: code === 'point_fort' || code === 'piste_progres' ? 'sans_suite' : 'a_traiter',
        ...fields,
      },
    });

  await audit({ type: 'etape_2', startDate: '2025-02-10', endDate: '2025-02-11', status: 'clos' });
  const surveillance = await audit({
    type: 'surveillance',
    startDate: '2026-02-10',
    endDate: '2026-02-11',
    reportNotifiedOn: '2026-02-25',
    status: 'rapport_recu',
    leadAuditor: { personId: null, externalName: 'Hélène Marchand (AFNOR)' },
    auditeeIds: [amelie.id, karim.id],
  });
  const bodyFindings: Finding[] = [];
  for (const item of BODY_FINDINGS) {
    bodyFindings.push(
      await finding(surveillance.id, item.code, {
        requirementId: item.number === null ? null : requirement(item.number),
        description: item.description,
        evidence: item.code === 'nc_mineure' ? 'Deux exemplaires indice 1 trouvés au local des encadrants.' : null,
        responseDue: item.code === 'nc_mineure' ? '2026-04-25' : item.code === 'point_sensible' ? '2026-05-31' : null,
      }),
    );
  }
  await upload(backend, surveillance.id);

  const accueilAudit = await audit({
    type: 'interne',
    title: 'Audit du processus Accueil et recrutement',
    startDate: '2026-05-12',
    endDate: '2026-05-12',
    status: 'realise',
    leadAuditor: { personId: amelie.id, externalName: null },
    auditors: [{ personId: null, externalName: 'Claire Martin (réseau COORACE)' }],
    auditeeIds: [sophie.id],
    processIds: [base.processes.accueil.id],
    requirementIds: [requirement('8.2'), requirement('8.5.1')],
  });
  const line = (auditId: number, fields: Record<string, unknown>) =>
    ok('audits.addChecklistItem', { auditId, fields: { requirementId: null, processId: null, comment: null, ...fields } });
  await line(accueilAudit.id, {
    requirementId: requirement('8.2.1'),
    question: 'Les demandes des prescripteurs sont-elles enregistrées ?',
    result: 'conforme',
  });
  await line(accueilAudit.id, {
    processId: base.processes.accueil.id,
    question: 'Le livret d’accueil est-il remis le premier jour ?',
    result: 'conforme',
  });
  await finding(accueilAudit.id, 'piste_progres', { description: 'Illustrer le livret d’accueil pour les personnes peu lectrices.' });
  await ok('audits.saveReport', {
    id: accueilAudit.id,
    revision: (await ok<Audit>('audits.get', { id: accueilAudit.id })).revision,
    fields: {
      objectives: 'Vérifier que l’accueil suit la procédure PR-001 et que les demandes des prescripteurs sont tracées.',
      criteria: 'ISO 9001:2015 § 8.2 et 8.5.1 ; procédure PR-001 ; engagements Cèdre.',
      conclusion: 'Processus maîtrisé ; une piste de progrès sur le livret d’accueil.',
      signedOffById: sophie.id,
      signedOffOn: '2026-05-20',
    },
  });

  const accompagnementAudit = await audit({
    type: 'interne',
    title: 'Audit du processus Accompagnement socioprofessionnel',
    startDate: '2026-09-22',
    endDate: '2026-09-22',
    status: 'realise',
    leadAuditor: { personId: karim.id, externalName: null },
    auditeeIds: [nadia.id],
    processIds: [accompagnement.id],
    requirementIds: [requirement('7.2'), requirement('9.1.2')],
  });
  await line(accompagnementAudit.id, {
    requirementId: requirement('7.2'),
    question: 'Les compétences des CIP sont-elles évaluées chaque année ?',
    result: 'constat',
  });
  const internalNc = await finding(accompagnementAudit.id, 'nc_mineure', {
    requirementId: requirement('7.2'),
    processId: accompagnement.id,
    description: 'Les bilans intermédiaires ne sont pas tous tracés dans les dossiers.',
  });
  await ok('audits.saveReport', {
    id: accompagnementAudit.id,
    revision: (await ok<Audit>('audits.get', { id: accompagnementAudit.id })).revision,
    fields: {
      objectives: 'Vérifier le suivi des parcours et l’évaluation des compétences.',
      criteria: 'ISO 9001:2015 § 7.2 et 9.1.2 ; procédure PR-004.',
      conclusion: 'Suivi des parcours réel mais traçabilité incomplète : une NC mineure.',
      signedOffById: null,
      signedOffOn: null,
    },
  });
  const survey2027 = await audit({
    type: 'surveillance',
    startDate: '2027-02-09',
    endDate: '2027-02-10',
    status: 'planifie',
    leadAuditor: { personId: null, externalName: 'Hélène Marchand (AFNOR)' },
  });

  const loop = await buildYearLoop(backend, {
    people: { amelie, karim, sophie, nadia, paul },
    processes: { ...base.processes, accompagnement, missions, rh },
    bodyFindings,
    internalNc,
    review: options.review,
  });
  return {
    ...base,
    people: { amelie, karim, sophie, nadia, paul },
    certification,
    audits: { surveillance, accueilAudit, accompagnementAudit, survey2027 },
    bodyFindings,
    ...loop,
  };
};

const upload = (backend: TestBackend, auditId: number) =>
  expectOk(backend.api, 'files.upload', {
    owner: { entity: 'audit', id: auditId },
    fileName: 'Rapport AFNOR surveillance 2026.pdf',
    content: Buffer.from('%PDF-1.4\n% Rapport de l’organisme certificateur\n'),
  });
