import type { ReadinessRule } from '../types';

/** Clauses of the second level (4.1, 7.5…): an auditor samples at that depth. */
const isClause = (number: string): boolean => /^\d+\.\d+$/.test(number);

export const clauseNotCovered: ReadinessRule = {
  id: 'clause-not-covered',
  title: 'Exigences ni justifiées ni exclues',
  source: { clause: '4.3', cites: 'ISO 9001 § 4.3 (domaine d’application, exclusions justifiées) et § 4.4' },
  grade: 'sensible',
  check: (facts) => {
    const byParent = new Map<number, number[]>();
    for (const r of facts.requirements) if (r.parentId !== null) byParent.set(r.parentId, [...(byParent.get(r.parentId) ?? []), r.id]);
    const byId = new Map(facts.requirements.map((r) => [r.id, r]));
    const below = (id: number): boolean => (byParent.get(id) ?? []).some((child) => byId.get(child)?.evidenced === true || below(child));
    const above = (id: number | null): boolean => {
      const requirement = id === null ? undefined : byId.get(id);
      return requirement !== undefined && (requirement.evidenced || above(requirement.parentId));
    };
    const excluded = (id: number | null): boolean => {
      const requirement = id === null ? undefined : byId.get(id);
      return requirement !== undefined && (!requirement.applicable || excluded(requirement.parentId));
    };
    return facts.requirements
      .filter((r) => isClause(r.number) && !excluded(r.id) && !above(r.id) && !below(r.id))
      .map((r) => ({
        key: String(r.id),
        what: `Rien dans Sève ne montre encore comment vous répondez au § ${r.number} « ${r.titleFr} » : liez ce qui y répond, ou déclarez-le non applicable avec sa justification.`,
        evidence: `Liens de l’exigence, périmètres et questionnaires d’audit, constats et non-conformités.`,
        link: `/exigences/${r.id}`,
        requirement: r.number,
      }));
  },
};
