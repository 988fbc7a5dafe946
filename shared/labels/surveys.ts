import type { questionKinds, responseOrigins, surveyPopulations, surveyStates } from '../domain/surveys';
import type { Labels } from './types';

// Satisfaction surveys: the words the screens (through i18n) and the PDFs print for stored codes.

export const surveyPopulationLabels: Labels<(typeof surveyPopulations)[number]> = {
  fr: {
    salaries_parcours: 'Salariés en parcours',
    clients: 'Clients et donneurs d’ordre',
    prescripteurs: 'Prescripteurs',
    partenaires: 'Partenaires',
    autre: 'Autre',
  },
  en: {
    salaries_parcours: 'Employees in insertion',
    clients: 'Clients and contractors',
    prescripteurs: 'Prescribers',
    partenaires: 'Partners',
    autre: 'Other',
  },
};

export const questionKindLabels: Labels<(typeof questionKinds)[number]> = {
  fr: { echelle: 'Échelle', oui_non: 'Oui ou non', texte: 'Texte libre' },
  en: { echelle: 'Scale', oui_non: 'Yes or no', texte: 'Free text' },
};

export const responseOriginLabels: Labels<(typeof responseOrigins)[number]> = {
  fr: { saisie: 'Saisie', import: 'Import' },
  en: { saisie: 'Typed', import: 'Imported' },
};

export const surveyStateLabels: Labels<(typeof surveyStates)[number]> = {
  fr: { a_venir: 'À venir', en_cours: 'En cours', a_analyser: 'Close, à analyser', analysee: 'Analysée' },
  en: { a_venir: 'Upcoming', en_cours: 'Open', a_analyser: 'Closed, to analyse', analysee: 'Analysed' },
};
