import type { IssueFields } from '../../shared/schemas/issues';
import type { PartyFields } from '../../shared/schemas/parties';
import type { RiskFields } from '../../shared/schemas/risks';
import type { WatchItemFields, WatchSourceFields } from '../../shared/schemas/watch';

/** The fields of an issue, identified early in the tests' year (the clock says 26 November 2026). */
export const issueFields = (overrides: Partial<IssueFields> = {}): IssueFields => ({
  title: 'Baisse des financements du Département',
  description: null,
  nature: 'externe',
  effect: 'defavorable',
  heading: 'Économique',
  source: 'Réunion CDIAE de janvier',
  identifiedOn: '2026-01-15',
  reviewDue: '2027-01-15',
  ...overrides,
});

export const partyFields = (overrides: Partial<PartyFields> = {}): PartyFields => ({
  name: 'Prescripteurs (France Travail, missions locales)',
  nature: 'externe',
  needs: 'Être informés du parcours des personnes orientées.',
  response: 'Bilan transmis à chaque échéance du contrat.',
  climate: null,
  relevance: 'forte',
  processIds: [],
  documentIds: [],
  indicatorIds: [],
  identifiedOn: '2026-01-15',
  reviewDue: '2027-01-15',
  ...overrides,
});

export const riskFields = (ownerId: number, overrides: Partial<RiskFields> = {}): RiskFields => ({
  kind: 'risque',
  title: 'Perte d’un marché d’espaces verts',
  description: null,
  origin: 'autre',
  originId: null,
  originNote: 'Revue des contrats clients',
  processId: null,
  ownerId,
  identifiedOn: '2026-02-01',
  reviewDue: '2027-02-01',
  ...overrides,
});

export const sourceFields = (overrides: Partial<WatchSourceFields> = {}): WatchSourceFields => ({
  name: 'Légifrance — insertion par l’activité économique',
  domain: 'reglementaire',
  url: 'https://www.legifrance.gouv.fr',
  frequency: 'mensuelle',
  ownerId: null,
  followedSince: '2026-01-05',
  notes: null,
  active: true,
  ...overrides,
});

export const watchItemFields = (overrides: Partial<WatchItemFields> = {}): WatchItemFields => ({
  sourceId: null,
  noticedOn: '2026-10-12',
  title: 'Décret sur le contrat d’engagement',
  summary: 'Nouvelles mentions obligatoires dans le contrat d’engagement réciproque.',
  url: null,
  domain: 'reglementaire',
  processId: null,
  ...overrides,
});
