import type {
  analysisMethods,
  effectivenessVerdicts,
  ishikawaBranches,
  nonconformitySeverities,
  nonconformitySources,
  nonconformityStatuses,
} from '../domain/nonconformities';
import type { Labels } from './types';

// Nonconformities and their loop: the words the screens (through i18n) and the PDFs print for stored codes.

export const nonconformitySourceLabels: Labels<(typeof nonconformitySources)[number]> = {
  fr: {
    audit: 'Audit',
    reclamation: 'Réclamation',
    indicateur: 'Indicateur',
    quotidien: 'Fonctionnement quotidien',
    prestataire: 'Prestataire externe',
    autre: 'Autre',
  },
  en: {
    audit: 'Audit',
    reclamation: 'Complaint',
    indicateur: 'Indicator',
    quotidien: 'Daily work',
    prestataire: 'External provider',
    autre: 'Other',
  },
};

export const nonconformitySeverityLabels: Labels<(typeof nonconformitySeverities)[number]> = {
  fr: { majeure: 'Majeure', mineure: 'Mineure', observation: 'Observation' },
  en: { majeure: 'Major', mineure: 'Minor', observation: 'Observation' },
};

export const nonconformityStatusLabels: Labels<(typeof nonconformityStatuses)[number]> = {
  fr: {
    a_traiter: 'À traiter',
    en_analyse: 'En analyse',
    actions_en_cours: 'Actions en cours',
    verification: 'En vérification',
    close: 'Close',
  },
  en: {
    a_traiter: 'To handle',
    en_analyse: 'Under analysis',
    actions_en_cours: 'Actions in progress',
    verification: 'Being verified',
    close: 'Closed',
  },
};

export const analysisMethodLabels: Labels<(typeof analysisMethods)[number]> = {
  fr: { cinq_pourquoi: '5 pourquoi', ishikawa: 'Ishikawa (5M)', texte: 'Texte libre' },
  en: { cinq_pourquoi: '5 whys', ishikawa: 'Ishikawa (5M)', texte: 'Free text' },
};

export const ishikawaBranchLabels: Labels<(typeof ishikawaBranches)[number]> = {
  fr: { main_oeuvre: 'Main d’œuvre', methodes: 'Méthodes', materiel: 'Matériel', milieu: 'Milieu', matiere: 'Matière' },
  en: { main_oeuvre: 'Manpower', methodes: 'Methods', materiel: 'Machines', milieu: 'Environment', matiere: 'Materials' },
};

export const effectivenessVerdictLabels: Labels<(typeof effectivenessVerdicts)[number]> = {
  fr: { efficace: 'Efficace', non_efficace: 'Non efficace' },
  en: { efficace: 'Effective', non_efficace: 'Not effective' },
};
