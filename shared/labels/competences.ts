import type { competenceKinds, qualificationStates, trainingResults, trainingStates, trainingStatuses } from '../domain/competences';
import type { Labels } from './types';

// Competences and trainings: the words the screens (through i18n) and the PDFs print for stored codes.

export const competenceKindLabels: Labels<(typeof competenceKinds)[number]> = {
  fr: { savoir_faire: 'Savoir-faire', habilitation: 'Habilitation (avec échéance)', diplome: 'Diplôme ou titre' },
  en: { savoir_faire: 'Know-how', habilitation: 'Certification (with expiry)', diplome: 'Diploma or title' },
};

export const trainingStatusLabels: Labels<(typeof trainingStatuses)[number]> = {
  fr: { prevue: 'Prévue', realisee: 'Réalisée', annulee: 'Annulée' },
  en: { prevue: 'Planned', realisee: 'Done', annulee: 'Cancelled' },
};

export const trainingResultLabels: Labels<(typeof trainingResults)[number]> = {
  fr: { efficace: 'Efficace', partiellement_efficace: 'Partiellement efficace', non_efficace: 'Non efficace' },
  en: { efficace: 'Effective', partiellement_efficace: 'Partly effective', non_efficace: 'Not effective' },
};

export const trainingStateLabels: Labels<(typeof trainingStates)[number]> = {
  fr: {
    prevue: 'Prévue',
    en_retard: 'Prévue, date dépassée',
    a_evaluer: 'Réalisée, à évaluer',
    evaluee: 'Réalisée et évaluée',
    annulee: 'Annulée',
  },
  en: {
    prevue: 'Planned',
    en_retard: 'Planned, date passed',
    a_evaluer: 'Done, to evaluate',
    evaluee: 'Done and evaluated',
    annulee: 'Cancelled',
  },
};

export const qualificationStateLabels: Labels<(typeof qualificationStates)[number]> = {
  fr: { acquise: 'Acquise', expire_bientot: 'Expire bientôt', expiree: 'Expirée', manquante: 'Manquante' },
  en: { acquise: 'Held', expire_bientot: 'Expiring soon', expiree: 'Expired', manquante: 'Missing' },
};
