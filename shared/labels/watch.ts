import type { watchDecisions, watchDomains, watchFrequencies, watchImpacts, watchItemStates } from '../domain/watch';
import type { Labels } from './types';

// Regulatory and sector watch: the words the screens (through i18n) and the PDFs print for stored codes.

export const watchDomainLabels: Labels<(typeof watchDomains)[number]> = {
  fr: {
    reglementaire: 'Légale et réglementaire',
    sectorielle: 'Sectorielle',
    emplois_competences: 'Emplois et compétences',
    innovations: 'Innovations pédagogiques et techniques',
  },
  en: {
    reglementaire: 'Legal and regulatory',
    sectorielle: 'Sector',
    emplois_competences: 'Jobs and skills',
    innovations: 'Teaching and technical innovations',
  },
};

export const watchFrequencyLabels: Labels<(typeof watchFrequencies)[number]> = {
  fr: {
    hebdomadaire: 'Chaque semaine',
    mensuelle: 'Chaque mois',
    trimestrielle: 'Chaque trimestre',
    semestrielle: 'Chaque semestre',
    annuelle: 'Chaque année',
  },
  en: { hebdomadaire: 'Weekly', mensuelle: 'Monthly', trimestrielle: 'Quarterly', semestrielle: 'Every six months', annuelle: 'Yearly' },
};

export const watchImpactLabels: Labels<(typeof watchImpacts)[number]> = {
  fr: { aucun: 'Aucun impact', faible: 'Impact faible', important: 'Impact important' },
  en: { aucun: 'No impact', faible: 'Minor impact', important: 'Major impact' },
};

export const watchDecisionLabels: Labels<(typeof watchDecisions)[number]> = {
  fr: { sans_suite: 'Sans suite', information: 'Information des personnes concernées', action: 'Actions à mener' },
  en: { sans_suite: 'No follow-up', information: 'Inform the people concerned', action: 'Actions to take' },
};

export const watchItemStateLabels: Labels<(typeof watchItemStates)[number]> = {
  fr: { a_analyser: 'À analyser', actions_en_cours: 'Actions en cours', traite: 'Traité' },
  en: { a_analyser: 'To analyse', actions_en_cours: 'Actions in progress', traite: 'Dealt with' },
};
