import { inWords } from '../words';
import type { ReadinessRule } from '../types';

const inputWords = {
  contextChanges: 'les modifications des enjeux (b)',
  resources: 'l’adéquation des ressources (d)',
  risksOpportunities: 'l’efficacité des actions face aux risques et opportunités (e)',
  externalProviders: 'la performance des prestataires externes (c 7)',
} as const;

/**
 * The last review held by the day, and the inputs of § 9.3.2 it left unaddressed: an input is missing
 * only when its comment was left empty and the file gave the meeting nothing on it either (what Sève
 * read and froze with the review: the context's changes for b, trainings done or planned and lapsed
 * habilitations for d, provider evaluations of the period for c 7, the risks register for e). Late
 * evaluations alone tell nothing of a provider's performance, so they do not count.
 */
export const reviewInputsMissing: ReadinessRule = {
  id: 'review-inputs-missing',
  title: 'Revue de direction sans un élément d’entrée du § 9.3.2',
  source: { clause: '9.3', cites: 'ISO 9001 § 9.3.2 (éléments d’entrée de la revue)' },
  grade: 'mineure',
  check: (facts) => {
    const last = facts.reviews.find((r) => r.heldOn <= facts.asOf);
    const missing = last?.emptyTexts.filter((name) => !last.readFromFile.includes(name)) ?? [];
    if (last === undefined || missing.length === 0) return [];
    return [
      {
        key: String(last.id),
        what: `La revue de direction du ${inWords(last.heldOn)} ne traite pas ${missing.map((name) => inputWords[name]).join(', ')} : complétez-la à la prochaine revue.`,
        evidence: 'Éléments d’entrée saisis dans la dernière revue tenue et ceux que Sève y a lus dans le fichier.',
        link: `/revues-de-direction/${last.id}`,
      },
    ];
  },
};
