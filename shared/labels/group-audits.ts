import type { crossAuditStates } from '../domain/cross-audits';
import type { memberSamplingStates } from '../domain/group-sampling';
import type { Labels } from './types';

// The group's audits: where a member stands in the cycle's sampling, and a cross-audit's state.

export const memberSamplingStateLabels: Labels<(typeof memberSamplingStates)[number]> = {
  fr: { echantillonne: 'Échantillonné', prevu: 'Échantillonnage prévu', a_echantillonner: 'À échantillonner' },
  en: { echantillonne: 'Sampled', prevu: 'Sampling planned', a_echantillonner: 'To be sampled' },
};

export const crossAuditStateLabels: Labels<(typeof crossAuditStates)[number]> = {
  fr: { planifie: 'Planifié', en_retard: 'En retard', realise: 'Réalisé', annule: 'Annulé' },
  en: { planifie: 'Planned', en_retard: 'Late', realise: 'Done', annule: 'Cancelled' },
};
