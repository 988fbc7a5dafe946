import type { ReadinessFacts } from './facts';

/**
 * The grade an auditor would likely give, as a hint: a nonconformity, major or minor, or a point to
 * watch (« point sensible »). Named on the certification's own scale by `assessReadiness`.
 */
export const likelyGrades = ['majeure', 'mineure', 'sensible'] as const;
export type LikelyGrade = (typeof likelyGrades)[number];

/** Where a rule comes from: the text an auditor would cite. */
export type RuleSource = {
  /** The ISO 9001:2015 clause the finding is grouped under. */
  clause: string;
  /** The citation in words: « ISO 9001 § 7.5.2 », « ISO/IEC 17021-1 § 9.6.2 »… */
  cites: string;
  /** The Qualiopi indicator answering the same need, when there is one. */
  qualiopi?: number;
};

/** One predictable finding a rule found, in the quality lead's words. */
export type RuleHit = {
  /** Stable within the rule (the record's id, or a fixed word). */
  key: string;
  /** What is wrong, said to the quality lead. */
  what: string;
  /** What Sève looked at to say so. */
  evidence: string;
  /** Where it is fixed (a route of the application). */
  link: string;
  /** The requirement it is about when the record names one (a finding's, an NC's, the clause itself): it is grouped there. */
  requirement?: string;
};

/** A rule: a pure function over the facts, with its source and the grade it would likely bring. */
export type ReadinessRule = {
  id: string;
  title: string;
  source: RuleSource;
  grade: LikelyGrade;
  check: (facts: ReadinessFacts) => RuleHit[];
};
