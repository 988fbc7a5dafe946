import { compareRequirementNumbers } from '../referentials';
import type { ReadinessFacts } from './facts';
import { readinessRules } from './registry';
import type { LikelyGrade, ReadinessRule } from './types';

/** The certification's scale: the words of its grades for each likely grade. */
export type GradeScale = Record<LikelyGrade, string>;

export type ReadinessItem = {
  ruleId: string;
  key: string;
  what: string;
  evidence: string;
  link: string;
  cites: string;
  grade: LikelyGrade;
  gradeLabel: string;
};

export type ReadinessGroup = { requirement: { id: number | null; number: string; title: string }; items: ReadinessItem[] };

/** Findings counted by likely grade: what the figure means, never a percentage of green boxes. */
export type ReadinessFigure = Record<LikelyGrade, number>;

const emptyFigure = (): ReadinessFigure => ({ majeure: 0, mineure: 0, sensible: 0 });

/** Where a rule's findings sit in the certification's referential: its Qualiopi indicator there, else its ISO 9001 clause. */
const requirementOf = (facts: ReadinessFacts, rule: ReadinessRule) =>
  (rule.source.qualiopi === undefined ? undefined : facts.requirements.find((r) => r.number === String(rule.source.qualiopi))) ??
  facts.requirements.find((r) => r.number === rule.source.clause);

/**
 * Runs every rule on the facts and groups what they find by requirement, in the referential's
 * order. A requirement the scheme says can only yield a major NC turns a likely minor one major
 * (Qualiopi: arrêté du 6 juin 2019, indicators « majeurs uniquement »).
 */
export const assessReadiness = (facts: ReadinessFacts, scale: GradeScale, rules: readonly ReadinessRule[] = readinessRules) => {
  const groups = new Map<string, ReadinessGroup>();
  const figure = emptyFigure();
  const byNumber = new Map(facts.requirements.map((r) => [r.number, r]));
  for (const rule of rules) {
    const ruleRequirement = requirementOf(facts, rule);
    for (const hit of rule.check(facts)) {
      const { requirement: named, ...found } = hit;
      const requirement = (named === undefined ? undefined : byNumber.get(named)) ?? ruleRequirement;
      const grade: LikelyGrade = requirement?.majorOnly === true && rule.grade === 'mineure' ? 'majeure' : rule.grade;
      const number = requirement?.number ?? rule.source.clause;
      const group = groups.get(number) ?? {
        requirement: { id: requirement?.id ?? null, number, title: requirement?.titleFr ?? rule.title },
        items: [],
      };
      groups.set(number, group);
      group.items.push({ ruleId: rule.id, ...found, cites: rule.source.cites, grade, gradeLabel: scale[grade] });
      figure[grade] += 1;
    }
  }
  const ordered = [...groups.values()].sort((a, b) => compareRequirementNumbers(a.requirement.number, b.requirement.number));
  return { groups: ordered, figure };
};
