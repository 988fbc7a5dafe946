import type { referentialKinds, referentialSources } from '../domain/referentials';
import type { Labels } from './types';

// Referentials: the words the screens (through i18n) and the PDFs print for stored codes.

export const referentialKindLabels: Labels<(typeof referentialKinds)[number]> = {
  fr: { norme: 'Norme', schema: 'Schéma de certification' },
  en: { norme: 'Standard', schema: 'Certification scheme' },
};

export const referentialSourceLabels: Labels<(typeof referentialSources)[number]> = {
  fr: { livre: 'Livré avec Sève', utilisateur: 'Saisi', importe: 'Importé' },
  en: { livre: 'Shipped with Sève', utilisateur: 'Typed', importe: 'Imported' },
};
