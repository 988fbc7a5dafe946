/** A requirement as the audit programme reads it: its place in the referential's tree. */
export type TreeRequirement = { id: number; parentId: number | null };

/** Deeper than any referential Sève knows: a loop typed in a damaged file stops here. */
const MAX_DEPTH = 20;

/**
 * The referential's tree as the audit programme reads it: each requirement's lineage (itself, then
 * its parent up to its chapter), its depth (0 for a chapter, 1 for a clause), and what an audit
 * covers from the requirements it names. One rule for the programme's screen and « Prêt pour
 * l'audit ? ».
 */
export const requirementTree = (requirements: readonly TreeRequirement[]) => {
  const byId = new Map(requirements.map((requirement) => [requirement.id, requirement]));
  const lineage = (id: number): number[] => {
    const chain: number[] = [];
    for (
      let current = byId.get(id);
      current && chain.length < MAX_DEPTH;
      current = current.parentId === null ? undefined : byId.get(current.parentId)
    )
      chain.push(current.id);
    return chain;
  };
  return {
    lineage,
    depth: (id: number): number => lineage(id).length - 1,
    /**
     * What audits naming `named` (in their scope, a checklist line or a finding) cover: what they
     * name, everything above it (auditing 7.5.2 audits 7.5 and chapter 7) and everything below it
     * (auditing chapter 9 audits 9.1 to 9.3). Covering is additive: the union of several audits'
     * names covers the union of what each covers.
     */
    covered: (named: Iterable<number>): Set<number> => {
      const names = new Set(named);
      const covered = new Set<number>();
      for (const id of names) for (const ancestor of lineage(id)) covered.add(ancestor);
      for (const requirement of requirements)
        if (lineage(requirement.id).some((ancestor) => names.has(ancestor))) covered.add(requirement.id);
      return covered;
    },
  };
};
