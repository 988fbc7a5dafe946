import type { processKinds } from '../domain/processes';
import type { Labels } from './types';

// Processes: the words the screens (through i18n) and the PDFs print for stored codes.

export const processKindLabels: Labels<(typeof processKinds)[number]> = {
  fr: { pilotage: 'Pilotage', realisation: 'Réalisation', support: 'Support' },
  en: { pilotage: 'Management', realisation: 'Operational', support: 'Support' },
};
