import { addMonths } from 'date-fns';
import { fromCalendarDate, toCalendarDate, type CalendarDate } from './dates';

/** Training organisations, subcontractors, placement partners, suppliers, others. */
export const providerKinds = ['organisme_formation', 'sous_traitant', 'partenaire_placement', 'fournisseur', 'autre'] as const;
export type ProviderKind = (typeof providerKinds)[number];

/** What an evaluation says: satisfying, to watch, or poor (which calls for an action or a nonconformity). */
export const evaluationResults = ['satisfaisant', 'a_surveiller', 'insuffisant'] as const;
export type EvaluationResult = (typeof evaluationResults)[number];

/** Each criterion is scored on this scale: 1 insuffisant, 2 à améliorer, 3 satisfaisant, 4 très satisfaisant. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 4;
export const scoreSteps = [1, 2, 3, 4] as const;

/** Default months between two evaluations of a provider. */
export const DEFAULT_EVALUATION_MONTHS = 12;

/** The mean of the criteria's scores (two decimals) and its result: 3 and above satisfying, below 2 poor. */
export const evaluationOutcome = (scores: readonly number[]): { score: number; result: EvaluationResult } => {
  const mean = scores.length === 0 ? SCORE_MIN : scores.reduce((sum, s) => sum + s, 0) / scores.length;
  const score = Math.round(mean * 100) / 100;
  return { score, result: score >= 3 ? 'satisfaisant' : score >= 2 ? 'a_surveiller' : 'insuffisant' };
};

/** The next evaluation: the period after the last one, or after the day the structure began working with it. */
export const nextEvaluationDue = (since: CalendarDate, lastEvaluatedOn: CalendarDate | null, months: number): CalendarDate =>
  toCalendarDate(addMonths(fromCalendarDate(lastEvaluatedOn !== null && lastEvaluatedOn > since ? lastEvaluatedOn : since), months));
