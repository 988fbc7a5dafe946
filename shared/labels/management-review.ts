import type { decisionKinds, FreeTextInput, reviewStatuses } from '../domain/management-review';
import type { Labels } from './types';

// The management review: the words the screens (through i18n) and the PDFs print for stored codes.

export const reviewStatusLabels: Labels<(typeof reviewStatuses)[number]> = {
  fr: { en_preparation: 'En préparation', tenue: 'Tenue (close)' },
  en: { en_preparation: 'In preparation', tenue: 'Held (closed)' },
};

export const decisionKindLabels: Labels<(typeof decisionKinds)[number]> = {
  fr: { amelioration: 'Amélioration', changement_smq: 'Changement du SMQ', ressources: 'Ressources', autre: 'Autre décision' },
  en: { amelioration: 'Improvement', changement_smq: 'Change to the QMS', ressources: 'Resources', autre: 'Other decision' },
};

/** The texts of §9.3.2 the file cannot know, and the conclusion: the form's fields and the minutes' headings. */
export const reviewTextLabels: Labels<FreeTextInput | 'conclusion'> = {
  fr: {
    contextChanges: 'Évolutions du contexte et des enjeux',
    resources: 'Adéquation des ressources',
    risksOpportunities: 'Risques et opportunités',
    externalProviders: 'Performance des prestataires externes',
    conclusion: 'Conclusion sur le SMQ (pertinence, adéquation, efficacité)',
  },
  en: {
    contextChanges: 'Changes in context and issues',
    resources: 'Adequacy of resources',
    risksOpportunities: 'Risks and opportunities',
    externalProviders: 'Performance of external providers',
    conclusion: 'Conclusion on the QMS (suitability, adequacy, effectiveness)',
  },
};
