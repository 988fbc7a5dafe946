import { addYears } from 'date-fns';
import { fromCalendarDate, toCalendarDate } from '../../../shared/domain/dates';
import type { Call } from './call';
import type { ExampleStructure } from './structure';

/**
 * The certification and a year of audits: Cèdre ISO 9001 decided eight months ago, an internal
 * audit held four months ago, the body's surveillance audit six weeks ago with a minor NC whose loop
 * is under way (correction, 5 pourquoi, two actions, the check planned), and the next audits planned.
 */
export const seedAudits = async (call: Call, day: (offset: number) => string, { people, processes }: ExampleStructure) => {
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

  const internal = await call('audits.create', {
    type: 'interne',
    certificationId: certification.id,
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
  const internalGrades = await call('audits.grades', { auditId: internal.id });
  const grade = (code: string, grades: typeof internalGrades) => {
    const found = grades.find((candidate) => candidate.code === code);
    if (found === undefined) throw new Error(`Cotation absente : ${code}`);
    return found.id;
  };
  await call('audits.addFinding', {
    auditId: internal.id,
    fields: {
      gradeId: grade('point_fort', internalGrades),
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
      gradeId: grade('piste_progres', internalGrades),
      requirementId: null,
      processId: processes.accompagnement,
      description: 'Deux bilans d’étape sur dix tenus avec plus d’un mois de retard.',
      evidence: 'Tableau de suivi des contrats.',
      responseDue: null,
      status: 'a_traiter',
    },
  });

  const surveillance = await call('audits.create', {
    type: 'surveillance',
    certificationId: certification.id,
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
      gradeId: grade('nc_mineure', grades),
      requirementId: null,
      processId: processes.clients,
      description: 'Les réclamations reçues ne sont ni toutes enregistrées ni analysées.',
      evidence: 'Registre vide depuis mars ; deux courriels de clients sans suite.',
      responseDue: null,
      status: 'a_traiter',
    },
  });
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
  return { certification, internal, surveillance, nonconformity: nc };
};
