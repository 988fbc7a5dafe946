import type { Call } from './call';
import type { ExampleStructure } from './structure';

type Day = (offset: number) => string;

/** The issues of the ACI's context (§4.1), grouped PESTEL-wise, and its answer to the climate question. */
const seedIssues = async (call: Call, day: Day) => {
  await call('issues.answerClimate', {
    answeredOn: day(-200),
    relevant: true,
    justification: 'Les chantiers d’espaces verts se font dehors : canicules et sécheresses changent les horaires et les plantations.',
  });
  await call('issues.setGrouping', { grouping: 'pestel' });
  const issue = (title: string, nature: 'interne' | 'externe', effect: 'favorable' | 'defavorable', heading: string, source: string) =>
    call('issues.create', {
      title,
      description: null,
      nature,
      effect,
      heading,
      source,
      identifiedOn: day(-300),
      reviewDue: day(65),
    });
  const funding = await issue(
    'Baisse de l’aide du Département aux postes d’insertion',
    'externe',
    'defavorable',
    'Économique',
    'Réunion du CDIAE (fictive)',
  );
  await issue('Marchés publics avec clause d’insertion', 'externe', 'favorable', 'Politique', 'Veille des appels d’offres');
  await issue('Savoir-faire reconnu en maraîchage biologique', 'interne', 'favorable', 'Savoir-faire et connaissances', 'Groupe qualité');
  await issue('Départ en retraite de deux encadrants', 'interne', 'defavorable', 'Ressources humaines', 'Entretiens annuels');
  return { funding: funding.id };
};

/** The usual parties of an ACI (§4.2), each with what the structure does for them. */
const seedParties = async (call: Call, day: Day, { processes }: ExampleStructure) => {
  const party = (
    name: string,
    nature: 'interne' | 'externe',
    relevance: 'faible' | 'moyenne' | 'forte',
    needs: string,
    processIds: number[],
  ) =>
    call('parties.create', {
      name,
      nature,
      needs,
      response: null,
      climate: null,
      relevance,
      processIds,
      documentIds: [],
      indicatorIds: [],
      identifiedOn: day(-300),
      reviewDue: day(65),
    });
  await party('Salariés en parcours d’insertion', 'interne', 'forte', 'Un accompagnement vers l’emploi durable et un travail encadré.', [
    processes.accompagnement,
    processes.chantier,
  ]);
  await party('Prescripteurs (France Travail, missions locales, départements)', 'externe', 'forte', 'Des bilans à chaque échéance.', [
    processes.accueil,
  ]);
  const clients = await party('Clients et donneurs d’ordre', 'externe', 'moyenne', 'Des chantiers finis à la date convenue.', [
    processes.clients,
  ]);
  await party('DDETS et CDIAE', 'externe', 'forte', 'Le respect du conventionnement et des taux de sortie.', [processes.pilotage]);
  return { clients: clients.id };
};

/**
 * Risks and opportunities (§6.1): one reduced by an action now done and re-evaluated lower, one
 * accepted, an opportunity seized with an action under way.
 */
const seedRisks = async (call: Call, day: Day, { people, processes }: ExampleStructure, origins: { funding: number; clients: number }) => {
  type Origin = { origin: 'enjeu' | 'partie'; originId: number } | { origin: 'processus'; processId: number };
  const fields = (title: string, kind: 'risque' | 'opportunite', origin: Origin) => ({
    kind,
    title,
    description: null,
    originId: null,
    originNote: null,
    processId: null,
    ownerId: people.karim,
    identifiedOn: day(-290),
    reviewDue: day(75),
    ...origin,
  });
  const funding = await call('risks.create', {
    fields: fields('Fin de l’aide départementale à dix postes', 'risque', { origin: 'enjeu', originId: origins.funding }),
    evaluation: { likelihood: 3, impact: 4 },
  });
  const treated = await call('risks.treat', {
    id: funding.id,
    revision: funding.revision,
    fields: { treatment: 'reduire', treatmentNote: 'Diversifier les financements.', decidedOn: day(-280), reevaluationDue: day(-120) },
    action: {
      type: 'preventive',
      description: 'Répondre à deux marchés publics avec clause d’insertion.',
      ownerId: people.karim,
      processId: processes.pilotage,
      dueDate: day(-150),
      evidenceNotes: null,
    },
  });
  const [action] = treated.actions;
  if (action) {
    const full = await call('actions.get', { id: action.id });
    await call('actions.move', {
      id: full.id,
      revision: full.revision,
      step: { move: 'complete', doneOn: day(-160), evidenceNotes: 'Deux marchés remportés (fictifs).' },
    });
  }
  const afterAction = await call('risks.get', { id: funding.id });
  await call('risks.reevaluate', {
    id: afterAction.id,
    revision: afterAction.revision,
    fields: { evaluatedOn: day(-130), likelihood: 2, impact: 3, comment: 'Deux marchés publics remportés.', nextReevaluationDue: null },
  });
  const machine = await call('risks.create', {
    fields: fields('Panne du broyeur de végétaux', 'risque', { origin: 'processus', processId: processes.chantier }),
    evaluation: { likelihood: 2, impact: 2 },
  });
  await call('risks.treat', {
    id: machine.id,
    revision: machine.revision,
    fields: { treatment: 'accepter', treatmentNote: 'Location possible sous 48 heures.', decidedOn: day(-280), reevaluationDue: null },
    action: null,
  });
  const market = await call('risks.create', {
    fields: fields('Entretien des espaces verts d’un bailleur social', 'opportunite', { origin: 'partie', originId: origins.clients }),
    evaluation: { likelihood: 3, impact: 3 },
  });
  await call('risks.treat', {
    id: market.id,
    revision: market.revision,
    fields: { treatment: 'saisir', treatmentNote: null, decidedOn: day(-60), reevaluationDue: day(60) },
    action: {
      type: 'amelioration',
      description: 'Présenter l’offre de l’atelier au bailleur.',
      ownerId: people.amelie,
      processId: processes.clients,
      dueDate: day(30),
      evidenceNotes: null,
    },
  });
};

/** The watch: a source followed monthly and an item analysed, decided and passed on. */
const seedWatch = async (call: Call, day: Day, { people }: ExampleStructure) => {
  const source = await call('watch.createSource', {
    name: 'Légifrance — insertion par l’activité économique',
    domain: 'reglementaire',
    url: 'https://www.legifrance.gouv.fr',
    frequency: 'mensuelle',
    ownerId: people.amelie,
    followedSince: day(-300),
    notes: null,
    active: true,
  });
  await call('watch.consulted', { id: source.id, revision: source.revision, consultedOn: day(-12) });
  const item = await call('watch.create', {
    sourceId: source.id,
    noticedOn: day(-40),
    title: 'Nouveau modèle de contrat d’engagement réciproque (fictif)',
    summary: 'Deux mentions à ajouter au contrat signé à l’entrée en parcours.',
    url: null,
    domain: 'reglementaire',
    processId: null,
  });
  const decided = await call('watch.decide', {
    id: item.id,
    revision: item.revision,
    fields: {
      analysis: 'Le formulaire d’accueil doit être révisé.',
      impact: 'faible',
      decision: 'information',
      decisionNote: null,
      decidedOn: day(-38),
    },
    action: null,
  });
  await call('watch.inform', {
    id: decided.id,
    revision: decided.revision,
    fields: { informedOn: day(-37), personIds: [people.nadia, people.karim], others: null },
  });
};

/** The context and planning registers of the example: issues, parties, risks and opportunities, watch. */
export const seedContext = async (call: Call, day: Day, structure: ExampleStructure) => {
  const issues = await seedIssues(call, day);
  const parties = await seedParties(call, day, structure);
  await seedRisks(call, day, structure, { ...issues, ...parties });
  await seedWatch(call, day, structure);
};
