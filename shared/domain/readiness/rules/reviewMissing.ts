import { twelveMonthsEndingOn } from '../../dates';
import type { ReadinessRule } from '../types';

export const reviewMissing: ReadinessRule = {
  id: 'review-missing',
  title: 'Pas de revue de direction tenue dans les douze derniers mois',
  source: { clause: '9.3', cites: 'ISO 9001 § 9.3.1 (revue à intervalles planifiés)' },
  grade: 'majeure',
  check: (facts) =>
    facts.reviews.some((r) => r.heldOn >= twelveMonthsEndingOn(facts.asOf) && r.heldOn <= facts.asOf)
      ? []
      : [
          {
            key: 'none',
            what: 'Aucune revue de direction n’a été tenue dans les douze mois avant l’audit : tenez-la et enregistrez ses décisions.',
            evidence: `Revues de direction tenues (${facts.reviews.length}) et leur date.`,
            link: '/revues-de-direction',
          },
        ],
};
