import type { riskKinds, riskLevels, riskOrigins, riskTreatments, treatmentStates } from '../domain/risks';
import type { Labels } from './types';

// Risks and opportunities (§6.1): the words the screens (through i18n) and the PDFs print for stored codes.

export const riskKindLabels: Labels<(typeof riskKinds)[number]> = {
  fr: { risque: 'Risque', opportunite: 'Opportunité' },
  en: { risque: 'Risk', opportunite: 'Opportunity' },
};

export const riskOriginLabels: Labels<(typeof riskOrigins)[number]> = {
  fr: {
    enjeu: 'Enjeu du contexte',
    partie: 'Partie intéressée',
    processus: 'Processus',
    constat: 'Constat d’audit',
    nonconformite: 'Non-conformité',
    autre: 'Autre',
  },
  en: {
    enjeu: 'Context issue',
    partie: 'Interested party',
    processus: 'Process',
    constat: 'Audit finding',
    nonconformite: 'Nonconformity',
    autre: 'Other',
  },
};

export const riskTreatmentLabels: Labels<(typeof riskTreatments)[number]> = {
  fr: {
    accepter: 'Accepter',
    reduire: 'Réduire',
    eviter: 'Éviter (supprimer la source)',
    partager: 'Partager ou transférer',
    saisir: 'Saisir',
    ne_pas_saisir: 'Ne pas saisir',
  },
  en: {
    accepter: 'Accept',
    reduire: 'Reduce',
    eviter: 'Avoid (remove the source)',
    partager: 'Share or transfer',
    saisir: 'Pursue',
    ne_pas_saisir: 'Do not pursue',
  },
};

export const riskLevelLabels: Labels<(typeof riskLevels)[number]> = {
  fr: { faible: 'Faible', moyen: 'Moyen', eleve: 'Élevé' },
  en: { faible: 'Low', moyen: 'Medium', eleve: 'High' },
};

export const treatmentStateLabels: Labels<(typeof treatmentStates)[number]> = {
  fr: {
    a_decider: 'Traitement à décider',
    sans_action: 'Sans action en cours',
    actions_en_cours: 'Actions en cours',
    actions_realisees: 'Actions réalisées',
    sans_action_requise: 'Sans action requise',
  },
  en: {
    a_decider: 'Treatment to decide',
    sans_action: 'No live action',
    actions_en_cours: 'Actions in progress',
    actions_realisees: 'Actions done',
    sans_action_requise: 'No action required',
  },
};
