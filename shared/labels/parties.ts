import type { partyRelevances } from '../domain/parties';
import type { Labels } from './types';

// Interested parties (§4.2): the words the screens (through i18n) and the PDFs print for stored codes.

export const partyRelevanceLabels: Labels<(typeof partyRelevances)[number]> = {
  fr: { faible: 'Faible', moyenne: 'Moyenne', forte: 'Forte' },
  en: { faible: 'Low', moyenne: 'Medium', forte: 'High' },
};
