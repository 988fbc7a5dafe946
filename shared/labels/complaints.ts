import type { complainantKinds, complaintChannels, complaintFoundedValues, complaintStates } from '../domain/complaints';
import type { Labels } from './types';

// Réclamations: the words the screens (through i18n) and the PDFs print for stored codes.

export const complainantKindLabels: Labels<(typeof complainantKinds)[number]> = {
  fr: { client: 'Client ou utilisateur', salarie: 'Salarié en insertion', partenaire: 'Partenaire ou prescripteur', autre: 'Autre' },
  en: { client: 'Client or user', salarie: 'Employee in insertion', partenaire: 'Partner or prescriber', autre: 'Other' },
};

export const complaintChannelLabels: Labels<(typeof complaintChannels)[number]> = {
  fr: {
    courrier: 'Courrier',
    courriel: 'Courriel',
    telephone: 'Téléphone',
    en_personne: 'En personne',
    formulaire: 'Formulaire ou questionnaire',
    autre: 'Autre',
  },
  en: {
    courrier: 'Letter',
    courriel: 'Email',
    telephone: 'Telephone',
    en_personne: 'In person',
    formulaire: 'Form or survey',
    autre: 'Other',
  },
};

export const complaintStateLabels: Labels<(typeof complaintStates)[number]> = {
  fr: { ouverte: 'En attente de réponse', en_retard: 'Réponse en retard', repondue: 'Répondue', repondue_en_retard: 'Répondue en retard' },
  en: { ouverte: 'Awaiting an answer', en_retard: 'Answer overdue', repondue: 'Answered', repondue_en_retard: 'Answered late' },
};

export const complaintFoundedLabels: Labels<(typeof complaintFoundedValues)[number]> = {
  fr: { fondee: 'Fondée', non_fondee: 'Non fondée' },
  en: { fondee: 'Founded', non_fondee: 'Not founded' },
};
