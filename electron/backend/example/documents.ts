import type { Call } from './call';
import type { ExampleStructure } from './structure';

type Doc = {
  title: string;
  type: 'politique' | 'manuel' | 'procedure' | 'mode_operatoire' | 'formulaire' | 'enregistrement';
  process: keyof ExampleStructure['processes'];
  owner: keyof ExampleStructure['people'];
  months: number;
  inForceDaysAgo: number | null;
  clauses: string[];
};

const register: Doc[] = [
  {
    title: 'Politique qualité',
    type: 'politique',
    process: 'pilotage',
    owner: 'karim',
    months: 12,
    inForceDaysAgo: 350,
    clauses: ['5.2', '6.2'],
  },
  {
    title: 'Manuel qualité et domaine d’application',
    type: 'manuel',
    process: 'pilotage',
    owner: 'amelie',
    months: 24,
    inForceDaysAgo: 200,
    clauses: ['4.3', '4.4'],
  },
  {
    title: 'Accueil des salariés en insertion — œuvre commune',
    type: 'procedure',
    process: 'accueil',
    owner: 'nadia',
    months: 12,
    inForceDaysAgo: 100,
    clauses: ['8.2'],
  },
  {
    title: 'Traitement des réclamations',
    type: 'procedure',
    process: 'clients',
    owner: 'amelie',
    months: 24,
    inForceDaysAgo: 760,
    clauses: ['9.1', '10.2'],
  },
  {
    title: 'Sécurité sur les chantiers d’espaces verts',
    type: 'mode_operatoire',
    process: 'chantier',
    owner: 'paul',
    months: 24,
    inForceDaysAgo: 300,
    clauses: ['8.1', '7.1'],
  },
  {
    title: 'Audits internes et revue de direction',
    type: 'procedure',
    process: 'pilotage',
    owner: 'amelie',
    months: 24,
    inForceDaysAgo: 330,
    clauses: ['9.2', '9.3'],
  },
  {
    title: 'Fiche navette chantier',
    type: 'formulaire',
    process: 'chantier',
    owner: 'paul',
    months: 36,
    inForceDaysAgo: 40,
    clauses: ['8.5'],
  },
  {
    title: 'Registre des réclamations',
    type: 'enregistrement',
    process: 'clients',
    owner: 'amelie',
    months: 12,
    inForceDaysAgo: 370,
    clauses: ['9.1'],
  },
  {
    title: 'Plan de formation des permanents',
    type: 'enregistrement',
    process: 'rh',
    owner: 'sophie',
    months: 12,
    inForceDaysAgo: 150,
    clauses: ['7.2'],
  },
  {
    title: 'Bilan d’étape du contrat d’engagement réciproque',
    type: 'formulaire',
    process: 'accompagnement',
    owner: 'nadia',
    months: 24,
    inForceDaysAgo: null,
    clauses: [],
  },
];

/** The document register: versions in force with their readers, one revision under way, each linked to the clauses it answers. */
export const seedDocuments = async (call: Call, day: (offset: number) => string, { people, processes }: ExampleStructure) => {
  const clauses = await call('referentials.requirementOptions', {});
  const clauseId = (number: string) => clauses.find((option) => option.number === number && option.referentialName.includes('9001'))?.id;
  const ids: Record<string, number> = {};
  for (const doc of register) {
    const effectiveDate = doc.inForceDaysAgo === null ? null : day(-doc.inForceDaysAgo);
    const created = await call('documents.create', {
      title: doc.title,
      type: doc.type,
      processId: processes[doc.process],
      ownerId: people[doc.owner],
      reviewPeriodMonths: doc.months,
      initialStatus: effectiveDate ? 'en_vigueur' : 'brouillon',
      effectiveDate,
      approvedById: effectiveDate ? people.karim : null,
      approvedOn: effectiveDate,
    });
    ids[doc.title] = created.id;
    for (const number of doc.clauses) {
      const requirementId = clauseId(number);
      if (requirementId !== undefined) await call('referentials.link', { requirementId, entity: 'document', entityId: created.id });
    }
    if (created.inForce && doc.inForceDaysAgo !== null) {
      await call('documents.recordReads', {
        versionId: created.inForce.id,
        personIds: [people.amelie, people.nadia, people.paul],
        readOn: day(-doc.inForceDaysAgo + 7),
      });
    }
  }
  // The complaints procedure, two years old: reviewed « à réviser », its version 2 written and awaiting approval.
  const complaintsProcedure = ids['Traitement des réclamations'] ?? 0;
  await call('documents.recordReview', {
    documentId: complaintsProcedure,
    fields: { reviewDate: day(-3), reviewerId: people.amelie, outcome: 'a_reviser', comment: 'Intégrer le délai de réponse de 15 jours.' },
  });
  const [draft] = await call('documents.versions', { documentId: complaintsProcedure });
  if (draft === undefined) throw new Error('La révision de la procédure réclamations manque.');
  const written = await call('documents.updateVersion', {
    id: draft.id,
    revision: draft.revision,
    fields: {
      changeSummary: 'Délai de réponse de 15 jours ; analyse de la cause de chaque réclamation.',
      writtenById: people.amelie,
      writtenOn: day(-1),
      checkedById: people.nadia,
      checkedOn: day(0),
      effectiveDate: null,
    },
  });
  await call('documents.submitVersion', { id: written.id, revision: written.revision });
  await call('objectives.setPolicy', { documentId: ids['Politique qualité'] ?? null });
  return ids;
};
