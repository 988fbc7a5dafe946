import type { evaluationResults, providerKinds } from '../domain/providers';
import type { Labels } from './types';

// External providers and partners: the words the screens (through i18n) and the PDFs print for stored codes.

export const providerKindLabels: Labels<(typeof providerKinds)[number]> = {
  fr: {
    organisme_formation: 'Organisme de formation',
    sous_traitant: 'Sous-traitant',
    partenaire_placement: 'Partenaire de placement',
    fournisseur: 'Fournisseur',
    autre: 'Autre',
  },
  en: {
    organisme_formation: 'Training organisation',
    sous_traitant: 'Subcontractor',
    partenaire_placement: 'Placement partner',
    fournisseur: 'Supplier',
    autre: 'Other',
  },
};

export const evaluationResultLabels: Labels<(typeof evaluationResults)[number]> = {
  fr: { satisfaisant: 'Satisfaisant', a_surveiller: 'À surveiller', insuffisant: 'Insuffisant' },
  en: { satisfaisant: 'Satisfactory', a_surveiller: 'To watch', insuffisant: 'Poor' },
};

/** The words of each step of the scale criteria are scored on. */
export const scoreLabels: Labels<'1' | '2' | '3' | '4'> = {
  fr: { '1': '1 — Insuffisant', '2': '2 — À améliorer', '3': '3 — Satisfaisant', '4': '4 — Très satisfaisant' },
  en: { '1': '1 — Poor', '2': '2 — To improve', '3': '3 — Satisfactory', '4': '4 — Very satisfactory' },
};
