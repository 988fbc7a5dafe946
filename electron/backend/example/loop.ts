import { startOfQuarter, subDays, subQuarters } from 'date-fns';
import { fromCalendarDate, toCalendarDate } from '../../../shared/domain/dates';
import type { Call } from './call';
import type { ExampleStructure } from './structure';

type Day = (offset: number) => string;

/** A réclamation answered (it opened an NC) and one still to answer. */
const seedComplaints = async (call: Call, day: Day, { people, processes }: ExampleStructure) => {
  const answered = await call('complaints.create', {
    complainantKind: 'client',
    complainant: 'Mairie de Saint-Aubin (fictive)',
    receivedOn: day(-30),
    channel: 'courriel',
    subject: 'Chantier d’espaces verts laissé inachevé rue des Tilleuls.',
    processId: processes.chantier,
    handledById: people.paul,
    responseDue: day(-15),
    respondedOn: day(-18),
    response: 'Reprise du chantier le lundi suivant ; appel du directeur au service technique.',
  });
  await call('complaints.openNonconformity', {
    id: answered.id,
    revision: answered.revision,
    fields: { severity: 'mineure', description: 'Chantier non terminé à la date convenue avec le client.', detectedById: people.paul },
  });
  await call('complaints.create', {
    complainantKind: 'partenaire',
    complainant: 'Agence pour l’emploi de Niort (fictive)',
    receivedOn: day(-5),
    channel: 'telephone',
    subject: 'Bilan de sortie non transmis pour un salarié en fin de parcours.',
    processId: processes.accompagnement,
    handledById: people.nadia,
    responseDue: day(10),
    respondedOn: null,
    response: null,
  });
};

/** A fiche d'amélioration turned into an action, and a new idea still to triage. */
const seedSuggestions = async (call: Call, day: Day, { people, processes }: ExampleStructure) => {
  const fiche = await call('suggestions.create', {
    authorId: people.paul,
    suggestedOn: day(-90),
    kind: 'probleme',
    description: 'Les outils du camion ne sont pas rangés au retour des chantiers.',
    processId: processes.chantier,
  });
  await call('suggestions.triage', {
    id: fiche.id,
    revision: fiche.revision,
    triagedOn: day(-85),
    decision: {
      to: 'action',
      action: {
        type: 'amelioration',
        description: 'Installer un panneau d’outils dans le camion.',
        ownerId: people.paul,
        processId: processes.chantier,
        dueDate: day(-45),
        evidenceNotes: null,
      },
    },
  });
  await call('suggestions.create', {
    authorId: people.nadia,
    suggestedOn: day(-2),
    kind: 'idee',
    description: 'Un livret d’accueil illustré pour les salariés qui lisent peu le français.',
    processId: processes.accueil,
  });
};

/** The start of each of the last four quarters that have ended (measured 15 days after each). */
const lastFourQuarters = (day: Day): string[] =>
  [4, 3, 2, 1].map((back) => toCalendarDate(subQuarters(startOfQuarter(fromCalendarDate(day(-16))), back)));

/** Two indicators from the templates measured over those quarters, and the objective the first one follows. */
const seedIndicators = async (call: Call, day: Day, { people, processes }: ExampleStructure, quarters: string[]) => {
  const templates = await call('indicators.templates', {});
  const fromTemplate = async (
    code: string,
    overrides: { processId: number; ownerId: number; target?: number | null; alertThreshold?: number | null },
  ) => {
    const template = templates.find((candidate) => candidate.code === code);
    if (template === undefined) throw new Error(`Modèle d’indicateur absent : ${code}`);
    const { code: templateCode, ...values } = template;
    return call('indicators.create', {
      ...values,
      templateCode,
      firstPeriod: quarters[0] ?? day(-365),
      entryDelayDays: 15,
      active: true,
      ...overrides,
    });
  };
  const exits = await fromTemplate('sorties_dynamiques', {
    processId: processes.accompagnement,
    ownerId: people.nadia,
    alertThreshold: 50,
  });
  for (const [index, parts] of [
    [5, 4, 3],
    [3, 2, 4],
    [6, 3, 4],
    [6, 4, 3],
  ].entries()) {
    await call('indicators.addMeasurement', {
      indicatorId: exits.id,
      periodStart: quarters[index] ?? day(-365),
      value: null,
      numerator: null,
      denominator: 20,
      parts,
      comment: index === 1 ? 'Deux sorties sans solution en fin de contrat.' : null,
    });
  }
  const delay = await fromTemplate('delai_reclamations', {
    processId: processes.clients,
    ownerId: people.amelie,
    target: 10,
    alertThreshold: 15,
  });
  for (const [index, days] of [16, 12, 9, 8].entries()) {
    await call('indicators.addMeasurement', {
      indicatorId: delay.id,
      periodStart: quarters[index] ?? day(-365),
      value: days,
      numerator: null,
      denominator: null,
      parts: null,
      comment: null,
    });
  }
  await call('objectives.create', {
    title: 'Atteindre 60 % de sorties dynamiques chaque trimestre',
    description: null,
    ownerId: people.karim,
    processId: processes.accompagnement,
    setOn: day(-360),
    targetDate: day(180),
    status: 'en_cours',
    indicatorIds: [exits.id],
  });
};

/** Last quarter's management review, held with two decisions. */
const seedManagementReview = async (call: Call, day: Day, { people, processes }: ExampleStructure, quarters: string[]) => {
  // Last year of quarters, up to the day before this quarter began.
  const periodEnd = toCalendarDate(subDays(startOfQuarter(fromCalendarDate(day(-16))), 1));
  let review = await call('managementReview.create', {
    heldOn: day(-10),
    periodStart: quarters[0] ?? day(-365),
    periodEnd,
    participantIds: [people.karim, people.amelie, people.nadia],
    otherParticipants: 'M. Perrin, président (fictif)',
    contextChanges: 'Nouveau marché d’entretien des espaces verts avec la commune ; départ à la retraite d’un encadrant.',
    resources: 'Un second véhicule de chantier à prévoir.',
    risksOpportunities: null,
    externalProviders: null,
    conclusion: 'Le système qualité est vivant ; priorité aux réclamations et aux bilans d’étape.',
  });
  await call('managementReview.addDecision', {
    reviewId: review.id,
    kind: 'amelioration',
    text: 'Former les encadrants à l’entretien de bilan de sortie.',
    action: { type: 'amelioration', ownerId: people.nadia, dueDate: day(90), processId: processes.accompagnement },
  });
  await call('managementReview.addDecision', {
    reviewId: review.id,
    kind: 'ressources',
    text: 'Recruter un second CIP à mi-temps.',
    action: null,
  });
  review = await call('managementReview.get', { id: review.id });
  await call('managementReview.hold', { id: review.id, revision: review.revision });
};

/** Réclamations, fiches d'amélioration, indicators measured over the last four quarters, an objective, and last quarter's management review held. */
export const seedImprovement = async (call: Call, day: Day, structure: ExampleStructure) => {
  await seedComplaints(call, day, structure);
  await seedSuggestions(call, day, structure);
  const quarters = lastFourQuarters(day);
  await seedIndicators(call, day, structure, quarters);
  await seedManagementReview(call, day, structure, quarters);
};
