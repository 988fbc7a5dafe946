import { addYears } from 'date-fns';
import { fromCalendarDate, toCalendarDate } from '../../../shared/domain/dates';
import type { MethodOutput } from '../../../shared/api/contract';
import type { Call } from './call';
import type { ExampleStructure } from './structure';

type Day = (offset: number) => string;
type Finding = MethodOutput<'audits.addFinding'>;

/** The id of a grade of the audit's scale, by its code. */
const gradeId = (grades: MethodOutput<'audits.grades'>, code: string): number => {
  const found = grades.find((candidate) => candidate.code === code);
  if (found === undefined) throw new Error(`Cotation absente : ${code}`);
  return found.id;
};

/** Cèdre ISO 9001 decided eight months ago, with the audits of its cycle planned. */
const seedCertification = async (call: Call, day: Day) => {
  const decided = day(-240);
  const certification = await call('certifications.create', {
    scheme: 'Cèdre ISO 9001',
    referentialId: null,
    body: 'Organisme certificateur (fictif)',
    certificateNumber: 'EX-2025-0042',
    decisionDate: decided,
    expiryDate: toCalendarDate(addYears(fromCalendarDate(decided), 3)),
    status: 'certifie',
    isGroup: false,
    groupName: null,
    centralFunction: null,
    otherMembers: null,
  });
  await call('certifications.acceptPlan', {
    certificationId: certification.id,
    slots: ['surveillance_1', 'surveillance_2', 'renouvellement'],
  });
  return certification;
};

/** An internal audit of the insertion pathway held four months ago: its checklist, a point fort and a piste de progrès. */
const seedInternalAudit = async (call: Call, day: Day, { people, processes }: ExampleStructure, certificationId: number) => {
  const internal = await call('audits.create', {
    type: 'interne',
    certificationId,
    title: 'Audit interne du parcours d’insertion',
    startDate: day(-120),
    endDate: day(-120),
    status: 'realise',
    leadAuditor: { personId: people.amelie, externalName: null },
    auditors: [],
    auditeeIds: [people.nadia, people.paul],
    processIds: [processes.accueil, processes.accompagnement],
    requirementIds: [],
    notes: 'Entretiens avec la CIP et l’encadrant ; dossiers de trois salariés consultés (anonymisés).',
  });
  for (const [question, result] of [
    ['Les contrats d’engagement réciproque sont-ils signés à l’entrée ?', 'conforme'],
    ['Les bilans d’étape sont-ils tenus à l’échéance ?', 'constat'],
    ['Le livret d’accueil est-il remis le premier jour ?', 'conforme'],
  ] as const) {
    await call('audits.addChecklistItem', {
      auditId: internal.id,
      fields: { requirementId: null, processId: processes.accompagnement, question, result, comment: null },
    });
  }
  const grades = await call('audits.grades', { auditId: internal.id });
  await call('audits.addFinding', {
    auditId: internal.id,
    fields: {
      gradeId: gradeId(grades, 'point_fort'),
      requirementId: null,
      processId: processes.accueil,
      description: 'Accueil des nouveaux salariés structuré et chaleureux ; livret d’accueil illustré.',
      evidence: null,
      responseDue: null,
      status: 'a_traiter',
    },
  });
  await call('audits.addFinding', {
    auditId: internal.id,
    fields: {
      gradeId: gradeId(grades, 'piste_progres'),
      requirementId: null,
      processId: processes.accompagnement,
      description: 'Deux bilans d’étape sur dix tenus avec plus d’un mois de retard.',
      evidence: 'Tableau de suivi des contrats.',
      responseDue: null,
      status: 'a_traiter',
    },
  });
  return internal;
};

/** The body's surveillance audit six weeks ago, with its minor NC on réclamations. */
const seedSurveillanceAudit = async (call: Call, day: Day, { people, processes }: ExampleStructure, certificationId: number) => {
  const surveillance = await call('audits.create', {
    type: 'surveillance',
    certificationId,
    title: 'Surveillance Cèdre ISO 9001',
    startDate: day(-41),
    endDate: day(-40),
    status: 'rapport_recu',
    leadAuditor: { personId: null, externalName: 'M. Lefèvre (auditeur fictif)' },
    auditors: [],
    auditeeIds: [people.amelie, people.karim],
    processIds: [processes.clients],
    requirementIds: [],
    notes: null,
  });
  const grades = await call('audits.grades', { auditId: surveillance.id });
  const finding = await call('audits.addFinding', {
    auditId: surveillance.id,
    fields: {
      gradeId: gradeId(grades, 'nc_mineure'),
      requirementId: null,
      processId: processes.clients,
      description: 'Les réclamations reçues ne sont ni toutes enregistrées ni analysées.',
      evidence: 'Registre vide depuis mars ; deux courriels de clients sans suite.',
      responseDue: null,
      status: 'a_traiter',
    },
  });
  return { surveillance, finding };
};

/** The minor NC's loop under way: correction, 5 pourquoi, two actions (one done), the check planned. */
const seedNonconformityLoop = async (call: Call, day: Day, { people }: ExampleStructure, finding: Finding) => {
  const ncId = finding.nonconformity?.id;
  if (ncId === undefined) throw new Error('La NC mineure n’a pas ouvert de non-conformité.');
  let nc = await call('nonconformities.get', { id: ncId });
  nc = await call('nonconformities.recordCorrection', {
    id: nc.id,
    revision: nc.revision,
    correction: { what: 'Réponse aux deux clients et saisie des réclamations de l’année au registre.', byId: people.amelie, on: day(-38) },
  });
  nc = await call('nonconformities.saveAnalysis', {
    id: nc.id,
    revision: nc.revision,
    analysis: {
      method: 'cinq_pourquoi',
      analysedById: people.amelie,
      analysedOn: day(-35),
      steps: [
        {
          why: 'Pourquoi les réclamations ne sont-elles pas analysées ?',
          because: 'Elles arrivent par plusieurs canaux et personne ne les centralise.',
          retained: false,
        },
        { why: 'Pourquoi personne ne les centralise ?', because: 'La procédure ne désigne pas de référent réclamations.', retained: true },
      ],
    },
  });
  const ncAction = (description: string, ownerId: number, dueDate: string) =>
    call('actions.create', {
      origin: { source: 'nonconformite', nonconformityId: nc.id },
      fields: { openedOn: day(-34), type: 'corrective', description, ownerId, processId: null, dueDate, evidenceNotes: null },
    });
  const referent = await ncAction('Désigner un référent réclamations et le faire connaître à l’équipe.', people.karim, day(-20));
  await ncAction('Réviser la procédure « Traitement des réclamations » : registre unique, délai de 15 jours.', people.amelie, day(15));
  nc = await call('nonconformities.get', { id: nc.id });
  await call('nonconformities.planCheck', {
    id: nc.id,
    revision: nc.revision,
    check: { plannedOn: day(60), criterion: 'Toutes les réclamations du trimestre enregistrées et répondues sous 15 jours.' },
  });
  await call('actions.move', {
    id: referent.id,
    revision: referent.revision,
    step: { move: 'complete', doneOn: day(-22), evidenceNotes: 'Note de service du directeur, affichée en salle de pause.' },
  });
  return nc;
};

/**
 * The certification and a year of audits: Cèdre ISO 9001 decided eight months ago, an internal
 * audit held four months ago, the body's surveillance audit six weeks ago with a minor NC whose loop
 * is under way (correction, 5 pourquoi, two actions, the check planned), and the next audits planned.
 */
export const seedAudits = async (call: Call, day: Day, structure: ExampleStructure) => {
  const certification = await seedCertification(call, day);
  const internal = await seedInternalAudit(call, day, structure, certification.id);
  const { surveillance, finding } = await seedSurveillanceAudit(call, day, structure, certification.id);
  const nonconformity = await seedNonconformityLoop(call, day, structure, finding);
  return { certification, internal, surveillance, nonconformity };
};
