import type { ReadinessRule } from '../types';

export const obsoleteDocumentLinked: ReadinessRule = {
  id: 'obsolete-document-linked',
  title: 'Documents obsolètes encore cités comme preuve',
  source: { clause: '7.5.3', cites: 'ISO 9001 § 7.5.3.2 d (empêcher l’utilisation d’informations obsolètes)' },
  grade: 'mineure',
  check: (facts) =>
    facts.documents
      .filter((d) => d.status === 'obsolete' && d.linkedRequirements > 0)
      .map((d) => ({
        key: String(d.id),
        what: `${d.reference} « ${d.title} » est obsolète mais reste lié à ${d.linkedRequirements} exigence(s) : liez le document qui le remplace et retirez ce lien.`,
        evidence: `Statut de ${d.reference} et ses liens au référentiel.`,
        link: `/documents/${d.id}`,
      })),
};
