import type { IssueNature } from './issues';

/** How much an interested party's requirements weigh on the quality system (ISO 9001 §4.2 "pertinentes"). */
export const partyRelevances = ['faible', 'moyenne', 'forte'] as const;
export type PartyRelevance = (typeof partyRelevances)[number];

/** What a party's needs are answered by: processes, documents, indicators of the file. */
export const partyAnswerKinds = ['process', 'document', 'indicator'] as const;
export type PartyAnswerKind = (typeof partyAnswerKinds)[number];

/** The most answers of each kind one party may list. */
export const MAX_PARTY_ANSWERS = 50;

/**
 * The interested parties an SIAE usually names (DOMAIN.md §1), offered as a starting list: names and
 * whether they are inside or outside the structure, nothing else. Their needs, how the structure
 * answers them and how much they weigh are the structure's own, typed by the user.
 */
export const usualSiaeParties: readonly { name: string; nature: IssueNature }[] = [
  { name: 'Salariés en parcours d’insertion', nature: 'interne' },
  { name: 'Salariés permanents', nature: 'interne' },
  { name: 'Conseil d’administration et bénévoles', nature: 'interne' },
  { name: 'Prescripteurs (France Travail, missions locales, départements)', nature: 'externe' },
  { name: 'DDETS et CDIAE', nature: 'externe' },
  { name: 'Clients et donneurs d’ordre', nature: 'externe' },
  { name: 'Partenaires du territoire', nature: 'externe' },
  { name: 'Financeurs', nature: 'externe' },
  { name: 'Réseau (COORACE)', nature: 'externe' },
];
