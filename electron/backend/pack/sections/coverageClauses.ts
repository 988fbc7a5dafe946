import type { CoverageEvidence, PackContext } from './types';

/**
 * The requirements of the pack with these numbers, when its referential is ISO 9001's (the clause
 * numbers a register knows it answers: a management review answers 9.3). Another referential only
 * counts what is linked to its requirements by hand.
 */
export const clauses = (ctx: PackContext, numbers: readonly string[]): number[] => {
  if (!ctx.referential?.code.startsWith('iso9001')) return [];
  const wanted = new Set(numbers);
  return ctx.requirements.filter((requirement) => wanted.has(requirement.number)).map((requirement) => requirement.id);
};

/** The same evidence on each of these clauses. */
export const onClauses = (
  ctx: PackContext,
  numbers: readonly string[],
  kind: CoverageEvidence['kind'],
  label: string,
): CoverageEvidence[] => clauses(ctx, numbers).map((requirementId) => ({ requirementId, kind, label }));

/** "NC-2026-001, NC-2026-002 et 3 autres": references named, the rest counted. */
export const referenceList = (references: readonly string[], max = 6): string =>
  references.length <= max
    ? references.join(', ')
    : `${references.slice(0, max).join(', ')} et ${references.length - max} autre${references.length - max > 1 ? 's' : ''}`;
