import type { indicatorStates } from '../domain/indicator-state';
import type { chartKinds, indicatorDirections, indicatorFrequencies, indicatorThemes, indicatorUnits } from '../domain/indicators';
import type { objectiveStatuses } from '../schemas/objectives';
import type { Labels } from './types';

// Indicators and quality objectives: the words the screens (through i18n) and the PDFs print for stored codes.

export const indicatorStateLabels: Labels<(typeof indicatorStates)[number]> = {
  fr: { atteint: 'Atteint', vigilance: 'Vigilance', non_atteint: 'Non atteint', sans_cible: 'Sans cible', sans_mesure: 'Pas de mesure' },
  en: { atteint: 'Met', vigilance: 'Watch', non_atteint: 'Not met', sans_cible: 'No target', sans_mesure: 'No measurement' },
};

export const indicatorUnitLabels: Labels<(typeof indicatorUnits)[number]> = {
  fr: { pourcentage: 'Pourcentage (%)', nombre: 'Nombre', heures: 'Heures', jours: 'Jours', note: 'Note' },
  en: { pourcentage: 'Percentage (%)', nombre: 'Count', heures: 'Hours', jours: 'Days', note: 'Score' },
};

export const indicatorDirectionLabels: Labels<(typeof indicatorDirections)[number]> = {
  fr: { hausse: 'Plus haut est mieux', baisse: 'Plus bas est mieux' },
  en: { hausse: 'Higher is better', baisse: 'Lower is better' },
};

export const indicatorFrequencyLabels: Labels<(typeof indicatorFrequencies)[number]> = {
  fr: { mensuelle: 'Mensuelle', trimestrielle: 'Trimestrielle', semestrielle: 'Semestrielle', annuelle: 'Annuelle' },
  en: { mensuelle: 'Monthly', trimestrielle: 'Quarterly', semestrielle: 'Half-yearly', annuelle: 'Yearly' },
};

export const indicatorThemeLabels: Labels<(typeof indicatorThemes)[number]> = {
  fr: { parcours: 'Parcours et sorties', satisfaction: 'Satisfaction', reclamations: 'Réclamations', activite: 'Activité', autre: 'Autre' },
  en: { parcours: 'Pathways and exits', satisfaction: 'Satisfaction', reclamations: 'Complaints', activite: 'Activity', autre: 'Other' },
};

export const chartKindLabels: Labels<(typeof chartKinds)[number]> = {
  fr: { ligne: 'Courbe', barres: 'Barres' },
  en: { ligne: 'Line', barres: 'Bars' },
};

export const objectiveStatusLabels: Labels<(typeof objectiveStatuses)[number]> = {
  fr: { en_cours: 'En cours', atteint: 'Atteint', non_atteint: 'Non atteint', abandonne: 'Abandonné' },
  en: { en_cours: 'In progress', atteint: 'Met', non_atteint: 'Not met', abandonne: 'Abandoned' },
};
