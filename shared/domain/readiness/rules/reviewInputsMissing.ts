import { inWords } from '../words';
import type { ReadinessRule } from '../types';

const inputWords = {
  contextChanges: 'les modifications des enjeux (b)',
  resources: 'l’adéquation des ressources (d)',
  risksOpportunities: 'l’efficacité des actions face aux risques et opportunités (e)',
  externalProviders: 'la performance des prestataires externes (c 7)',
} as const;

export const reviewInputsMissing: ReadinessRule = {
  id: 'review-inputs-missing',
  title: 'Revue de direction sans un élément d’entrée du § 9.3.2',
  source: { clause: '9.3', cites: 'ISO 9001 § 9.3.2 (éléments d’entrée de la revue)' },
  grade: 'mineure',
  check: (facts) => {
    const last = facts.reviews.find((r) => r.heldOn <= facts.asOf);
    if (last === undefined || last.missingInputs.length === 0) return [];
    return [
      {
        key: String(last.id),
        what: `La revue de direction du ${inWords(last.heldOn)} ne traite pas ${last.missingInputs.map((name) => inputWords[name]).join(', ')} : complétez-la à la prochaine revue.`,
        evidence: 'Éléments d’entrée saisis dans la dernière revue tenue.',
        link: `/revues-de-direction/${last.id}`,
      },
    ];
  },
};
