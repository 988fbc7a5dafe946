import type { actionSources, actionStatuses, actionTypes } from '../domain/actions';
import type { Labels } from './types';

// Actions of the plan: the words the screens (through i18n) and the PDFs print for stored codes.

export const actionTypeLabels: Labels<(typeof actionTypes)[number]> = {
  fr: { corrective: 'Corrective', preventive: 'Préventive', amelioration: 'Amélioration' },
  en: { corrective: 'Corrective', preventive: 'Preventive', amelioration: 'Improvement' },
};

export const actionStatusLabels: Labels<(typeof actionStatuses)[number]> = {
  fr: { a_faire: 'À faire', en_cours: 'En cours', realisee: 'Réalisée', abandonnee: 'Abandonnée' },
  en: { a_faire: 'To do', en_cours: 'In progress', realisee: 'Done', abandonnee: 'Abandoned' },
};

export const actionSourceLabels: Labels<(typeof actionSources)[number]> = {
  fr: {
    nonconformite: 'Non-conformité',
    constat: 'Constat d’audit',
    fiche: 'Fiche d’amélioration',
    revue_direction: 'Revue de direction',
    risque: 'Risque ou opportunité',
    veille: 'Veille',
    autre: 'Autre',
    evaluation_prestataire: 'Évaluation d’un prestataire',
    enquete: 'Enquête de satisfaction',
  },
  en: {
    nonconformite: 'Nonconformity',
    constat: 'Audit finding',
    fiche: 'Improvement suggestion',
    revue_direction: 'Management review',
    risque: 'Risk or opportunity',
    veille: 'Regulatory watch',
    autre: 'Other',
    evaluation_prestataire: 'Provider evaluation',
    enquete: 'Satisfaction survey',
  },
};
