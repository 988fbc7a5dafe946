import type { ReadinessRule } from '../types';

export const documentWithoutVersion: ReadinessRule = {
  id: 'document-without-version',
  title: 'Documents cités comme preuve sans version approuvée en vigueur',
  source: { clause: '7.5.2', cites: 'ISO 9001 § 7.5.2 c et § 7.5.3.1 a (approbation, disponibilité)' },
  grade: 'mineure',
  check: (facts) =>
    facts.documents
      .filter((d) => d.status === 'brouillon' && d.linkedRequirements > 0)
      .map((d) => ({
        key: String(d.id),
        what: `${d.reference} « ${d.title} » répond à une exigence mais n’a aucune version approuvée en vigueur : faites approuver sa version.`,
        evidence: `Versions de ${d.reference} et ses liens au référentiel (${d.linkedRequirements}).`,
        link: `/documents/${d.id}`,
      })),
};
