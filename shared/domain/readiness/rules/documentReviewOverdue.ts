import { inWords } from '../words';
import type { ReadinessRule } from '../types';

export const documentReviewOverdue: ReadinessRule = {
  id: 'document-review-overdue',
  title: 'Documents en vigueur dont la revue est dépassée',
  source: { clause: '7.5.2', cites: 'ISO 9001 § 7.5.2 c (revue et approbation)', qualiopi: 32 },
  grade: 'mineure',
  check: (facts) =>
    facts.documents
      .filter((d) => d.status === 'en_vigueur' && d.nextReviewDue !== null && d.nextReviewDue < facts.asOf)
      .map((d) => ({
        key: String(d.id),
        what: `${d.reference} « ${d.title} » devait être revu le ${inWords(d.nextReviewDue ?? '')} : faites sa revue (reconduit ou à réviser).`,
        evidence: `Prochaine revue prévue du document en vigueur ${d.reference}.`,
        link: `/documents/${d.id}`,
      })),
};
