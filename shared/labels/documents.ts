import type { documentStatuses, documentTypes } from '../domain/documents';
import type { obsoleteReasons, reviewOutcomes, versionStatuses } from '../domain/versions';
import type { Labels } from './types';

// Documents, their versions and reviews: the words the screens (through i18n) and the PDFs print for stored codes.

export const documentTypeLabels: Labels<(typeof documentTypes)[number]> = {
  fr: {
    politique: 'Politique',
    manuel: 'Manuel',
    procedure: 'Procédure',
    mode_operatoire: 'Mode opératoire',
    formulaire: 'Formulaire',
    enregistrement: 'Enregistrement',
    autre: 'Autre',
  },
  en: {
    politique: 'Policy',
    manuel: 'Manual',
    procedure: 'Procedure',
    mode_operatoire: 'Work instruction',
    formulaire: 'Form',
    enregistrement: 'Record',
    autre: 'Other',
  },
};

export const documentStatusLabels: Labels<(typeof documentStatuses)[number]> = {
  fr: { brouillon: 'Brouillon', en_vigueur: 'En vigueur', obsolete: 'Obsolète' },
  en: { brouillon: 'Draft', en_vigueur: 'In force', obsolete: 'Obsolete' },
};

export const versionStatusLabels: Labels<(typeof versionStatuses)[number]> = {
  fr: { brouillon: 'Brouillon', soumis: 'Soumise pour approbation', en_vigueur: 'En vigueur', obsolete: 'Obsolète' },
  en: { brouillon: 'Draft', soumis: 'Submitted for approval', en_vigueur: 'In force', obsolete: 'Obsolete' },
};

export const obsoleteReasonLabels: Labels<(typeof obsoleteReasons)[number]> = {
  fr: { remplacee: 'Remplacée', retiree: 'Retirée' },
  en: { remplacee: 'Superseded', retiree: 'Withdrawn' },
};

export const reviewOutcomeLabels: Labels<(typeof reviewOutcomes)[number]> = {
  fr: { reconduit: 'Reconduit sans modification', a_reviser: 'À réviser' },
  en: { reconduit: 'Kept unchanged', a_reviser: 'To be revised' },
};
