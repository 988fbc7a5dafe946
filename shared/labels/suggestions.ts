import type { suggestionDecisions, suggestionKinds, suggestionStatuses } from '../domain/suggestions';
import type { Labels } from './types';

// Fiches d’amélioration: the words the screens (through i18n) and the PDFs print for stored codes.

export const suggestionKindLabels: Labels<(typeof suggestionKinds)[number]> = {
  fr: { idee: 'Idée', probleme: 'Problème' },
  en: { idee: 'Idea', probleme: 'Problem' },
};

export const suggestionStatusLabels: Labels<(typeof suggestionStatuses)[number]> = {
  fr: { a_trier: 'À trier', nc: 'Non-conformité', action: 'Action', non_retenue: 'Non retenue' },
  en: { a_trier: 'To triage', nc: 'Nonconformity', action: 'Action', non_retenue: 'Not kept' },
};

export const suggestionDecisionLabels: Labels<(typeof suggestionDecisions)[number]> = {
  fr: { nc: 'Ouvrir une non-conformité', action: 'Créer une action', non_retenue: 'Ne pas retenir' },
  en: { nc: 'Open a nonconformity', action: 'Create an action', non_retenue: 'Do not keep' },
};
