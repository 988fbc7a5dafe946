import type { Action } from '../../shared/schemas/actions';
import type { Audit, Finding, FindingGrade } from '../../shared/schemas/audits';
import type { Complaint } from '../../shared/schemas/complaints';
import type { Nonconformity } from '../../shared/schemas/nonconformities';
import type { Suggestion } from '../../shared/schemas/suggestions';
import { expectOk, type TestBackend } from './backend';
import { actionFields, triageActionFields } from './nonconformities';
import { iso } from './referentials';

type Id = { id: number };

/** Long enough to run over several lines of a table cell and of a paragraph. */
export const LONG_DESCRIPTION = `Les fiches de suivi des salariés en insertion ne sont pas archivées selon la procédure : ${'des dossiers papier restent sur les bureaux des encadrants, sans classement ni date de destruction, '.repeat(6)}ce qui expose des données personnelles.`;

/** A salarié en insertion's name typed by mistake: the PDFs must never print it. */
export const SALARIE_NAME = 'Jordan Testard';

const bytes = (text: string, size: number): Buffer => Buffer.concat([Buffer.from(text), Buffer.alloc(size, 0x2a)]);

/**
 * The improvement loop of a small association on 26 November 2026: an external audit whose NC
 * mineure was corrected, analysed with 5 pourquoi, acted on and judged efficace (closed); an NC
 * majeure analysed with Ishikawa whose action is overdue; an NC opened by an unanswered
 * réclamation with a plain-text analysis; standalone actions (audit finding, management review,
 * other, one finished long ago); three réclamations (answered late, unanswered, on time); four
 * fiches d'amélioration, one in each outcome; files on an action and on an effectiveness check.
 */
export const buildLoopFile = async (backend: TestBackend) => {
  const { api } = backend;
  const ok = <T>(method: string, input: unknown) => expectOk<T>(api, method, input);
  await ok('organisation.update', { name: 'Association Tremplin — Économie solidaire', indiceScheme: 'numeric' });
  const rq = await ok<Id>('people.create', { name: 'Amélie Durand', jobTitle: 'Responsable qualité' });
  const director = await ok<Id>('people.create', { name: 'Karim Benali', jobTitle: 'Directeur' });
  const cip = await ok<Id>('people.create', { name: 'Sophie Lefèvre', jobTitle: 'CIP' });
  const accueil = await ok<Id>('processes.create', { name: 'Accueil et recrutement', kind: 'realisation', pilotId: cip.id });
  const { referential, byNumber } = await iso(backend);
  const requirement = (number: string): number => byNumber.get(number)?.id ?? 0;

  const certification = await ok<Id>('certifications.create', {
    scheme: 'Cèdre ISO 9001',
    referentialId: referential.id,
    body: 'AFNOR Certification',
    certificateNumber: 'CED-2024-118',
    decisionDate: '2024-06-10',
    expiryDate: '2027-06-09',
    status: 'certifie',
    isGroup: false,
    groupName: null,
    centralFunction: null,
    otherMembers: null,
  });
  const audit = await ok<Audit>('audits.create', {
    type: 'surveillance',
    certificationId: certification.id,
    title: 'Surveillance n° 2',
    startDate: '2026-09-01',
    endDate: '2026-09-02',
    status: 'rapport_recu',
    leadAuditor: { personId: null, externalName: 'Claire Martin (AFNOR)' },
    auditors: [],
    auditeeIds: [rq.id],
    processIds: [],
    requirementIds: [],
    notes: null,
  });
  const grades = await ok<FindingGrade[]>('audits.grades', { auditId: audit.id });
  const finding = (code: string, description: string, fields: Record<string, unknown> = {}) =>
    ok<Finding>('audits.addFinding', {
      auditId: audit.id,
      fields: {
        gradeId: grades.find((grade) => grade.code === code)?.id,
        requirementId: null,
        processId: null,
        description,
        evidence: null,
        responseDue: null,
        status: 'a_traiter',
        ...fields,
      },
    });
  const ncFinding = await finding('nc_mineure', 'Les réclamations ne sont pas analysées.', {
    requirementId: requirement('9.1.2'),
    evidence: 'Registre des réclamations 2026 : 3 réclamations sans analyse.',
  });
  const sensitive = await finding('point_sensible', 'Le tableau de bord n’est pas commenté en groupe qualité.', {
    responseDue: '2026-12-01',
  });
  await finding('point_fort', 'Accueil chaleureux et livret d’accueil très complet.');

  const get = (id: number) => ok<Nonconformity>('nonconformities.get', { id });
  const step = async (method: string, id: number, rest: Record<string, unknown>) =>
    ok<Nonconformity>(method, { id, revision: (await get(id)).revision, ...rest });
  const action = (origin: Record<string, unknown>, ownerId: number, overrides: Record<string, unknown>) =>
    ok<Action>('actions.create', { origin, fields: actionFields(ownerId, overrides) });
  const complete = async (id: number, doneOn: string) => {
    const current = await ok<Action>('actions.get', { id });
    return ok<Action>('actions.move', {
      id,
      revision: current.revision,
      step: { move: 'complete', doneOn, evidenceNotes: 'Note de service diffusée à l’équipe.' },
    });
  };
  const upload = async (entity: string, id: number, fileName: string, content: Buffer) => {
    const stored = await ok<{ fileName: string; sha256: string }>('files.upload', { owner: { entity, id }, fileName, content });
    return { fileName: stored.fileName, sha256: stored.sha256, content };
  };

  // NC 1: from the audit; 5 pourquoi; two actions done; checked efficace, so closed.
  const nc1 = ncFinding.nonconformity?.id ?? 0;
  await step('nonconformities.recordCorrection', nc1, {
    correction: { what: 'Réponse aux 3 réclamations en souffrance.', byId: rq.id, on: '2026-09-05' },
  });
  await step('nonconformities.saveAnalysis', nc1, {
    analysis: {
      method: 'cinq_pourquoi',
      analysedById: rq.id,
      analysedOn: '2026-09-10',
      steps: [
        {
          why: 'Pourquoi les réclamations ne sont-elles pas analysées ?',
          because: 'Personne n’est chargé de les suivre.',
          retained: false,
        },
        { why: 'Pourquoi personne n’en est chargé ?', because: 'La procédure ne désigne pas de référent.', retained: true },
      ],
    },
  });
  const referent = await action({ source: 'nonconformite', nonconformityId: nc1 }, rq.id, {
    description: 'Désigner un référent réclamations.',
    dueDate: '2026-10-15',
  });
  const register = await action({ source: 'nonconformite', nonconformityId: nc1 }, director.id, {
    description: 'Ajouter le registre à la procédure PR-004.',
    dueDate: '2026-11-10',
  });
  const actionFile = await upload('action', referent.id, 'Note de service référent réclamations.pdf', bytes('%PDF-1.4\n% note\n', 30_000));
  const planned = await step('nonconformities.planCheck', nc1, {
    check: { plannedOn: '2026-11-20', criterion: 'Aucune réclamation sans réponse sous 15 jours pendant 2 mois.' },
  });
  const checkId = planned.checks[0]?.id ?? 0;
  const checkFile = await upload('effectiveness_check', checkId, 'Registre contrôlé.xlsx', bytes('PK', 12_000));
  await complete(referent.id, '2026-10-01');
  await complete(register.id, '2026-11-09');
  await step('nonconformities.recordVerdict', nc1, {
    verdict: { verdict: 'efficace', checkedOn: '2026-11-20', checkedById: director.id, comment: 'Registre à jour, réponses sous 8 jours.' },
  });

  // NC 2: noticed at work, majeure, against 8.5.1; Ishikawa; its action is overdue.
  const nc2 = await ok<Nonconformity>('nonconformities.create', {
    source: 'quotidien',
    detectedOn: '2026-10-05',
    detectedById: cip.id,
    processId: accueil.id,
    requirementIds: [requirement('8.5.1')],
    description: LONG_DESCRIPTION,
    severity: 'majeure',
  });
  await step('nonconformities.saveAnalysis', nc2.id, {
    analysis: {
      method: 'ishikawa',
      analysedById: rq.id,
      analysedOn: '2026-10-08',
      causes: [
        { branch: 'methodes', cause: 'Aucune règle de classement des fiches de suivi.', retained: true },
        { branch: 'main_oeuvre', cause: 'Encadrants non formés à la protection des données.', retained: false },
        { branch: 'materiel', cause: 'Pas d’armoire fermant à clé.', retained: true },
      ],
    },
  });
  const overdue = await action({ source: 'nonconformite', nonconformityId: nc2.id }, cip.id, {
    openedOn: '2026-10-08',
    description: 'Acheter une armoire fermant à clé pour le bureau des encadrants.',
    dueDate: '2026-11-01',
  });
  await step('nonconformities.planCheck', nc2.id, {
    check: { plannedOn: '2026-12-15', criterion: 'Audit des bureaux : aucune fiche hors armoire.' },
  });

  // Réclamations: answered late (19 days, 5 late), unanswered and late (opens NC 3), answered on time (12 days).
  const complaint = (fields: Record<string, unknown>) =>
    ok<Complaint>('complaints.create', {
      complainantKind: 'client',
      complainant: null,
      channel: 'courriel',
      processId: null,
      handledById: rq.id,
      respondedOn: null,
      response: null,
      ...fields,
    });
  const late = await complaint({
    complainant: 'Mairie de Saint-Aubin',
    receivedOn: '2026-09-01',
    responseDue: '2026-09-15',
    respondedOn: '2026-09-20',
    response: 'Reprise du chantier.',
    subject: 'Chantier d’espaces verts laissé inachevé.',
  });
  const unanswered = await complaint({
    complainantKind: 'salarie',
    complainant: SALARIE_NAME,
    channel: 'en_personne',
    receivedOn: '2026-10-01',
    responseDue: '2026-10-15',
    subject: 'Planning des missions communiqué trop tard.',
  });
  const onTime = await complaint({
    complainantKind: 'partenaire',
    complainant: 'Mission locale',
    channel: 'telephone',
    receivedOn: '2026-11-02',
    responseDue: '2026-11-17',
    respondedOn: '2026-11-14',
    response: 'Bilan transmis.',
    subject: 'Bilan de parcours transmis en retard.',
  });
  const nc3 = await ok<Nonconformity>('complaints.openNonconformity', {
    id: unanswered.id,
    revision: unanswered.revision,
    fields: { severity: 'mineure', description: 'Plannings des missions remis la veille.', detectedById: rq.id },
  });
  await step('nonconformities.saveAnalysis', nc3.id, {
    analysis: {
      method: 'texte',
      analysedById: rq.id,
      analysedOn: '2026-10-03',
      text: 'Le planning dépend des commandes des clients, confirmées tardivement : aucune date butoir n’est fixée aux clients.',
    },
  });

  // Standalone actions: a finding's, a management review's, another open one, and one finished long ago.
  const findingAction = await action({ source: 'constat', findingId: sensitive.id }, rq.id, {
    type: 'amelioration',
    description: 'Commenter le tableau de bord à chaque groupe qualité.',
    dueDate: '2026-12-01',
  });
  const reviewAction = await action({ source: 'revue_direction', note: 'Revue de direction du 12 mars 2026' }, director.id, {
    openedOn: '2026-03-12',
    type: 'amelioration',
    description: 'Recruter un second CIP à mi-temps.',
    dueDate: '2027-01-31',
  });
  const old = await action({ source: 'autre', note: 'Groupe qualité de 2024' }, rq.id, {
    openedOn: '2025-03-01',
    type: 'amelioration',
    description: 'Réorganiser le classeur qualité papier.',
    dueDate: '2025-05-01',
  });
  await complete(old.id, '2025-04-20');

  // Fiches d'amélioration, one in each outcome.
  const fiche = (description: string, kind = 'idee') =>
    ok<Suggestion>('suggestions.create', { authorId: cip.id, suggestedOn: '2026-11-18', kind, description, processId: null });
  const triage = (s: Suggestion, decision: Record<string, unknown>) =>
    ok<Suggestion>('suggestions.triage', { id: s.id, revision: s.revision, triagedOn: '2026-11-20', decision });
  await fiche('Un panneau d’affichage des offres d’emploi dans le hall.');
  const toNc = await triage(await fiche('Les badges du chantier ne sont pas rendus.', 'probleme'), {
    to: 'nc',
    source: 'quotidien',
    severity: 'mineure',
    description: 'Badges non restitués en fin de contrat.',
  });
  const toAction = await triage(await fiche('Un livret d’accueil illustré.'), {
    to: 'action',
    action: triageActionFields(rq.id, { type: 'amelioration', description: 'Illustrer le livret d’accueil.', dueDate: '2027-01-31' }),
  });
  const rejected = await triage(await fiche('Repeindre le local en vert.'), {
    to: 'non_retenue',
    reason: 'Local loué : travaux à la charge du bailleur.',
  });

  return {
    audit,
    nonconformities: { closed: await get(nc1), overdue: await get(nc2.id), fromComplaint: await get(nc3.id) },
    actions: { referent, register, overdue, findingAction, reviewAction, old },
    complaints: { late, unanswered, onTime },
    findings: { nc: ncFinding, sensitive },
    suggestions: { toNc, toAction, rejected },
    files: { action: actionFile, check: checkFile },
  };
};
