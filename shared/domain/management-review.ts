import { addDays } from 'date-fns';
import { earlierOf, fromCalendarDate, toCalendarDate, twelveMonthsEndingOn, type CalendarDate } from './dates';

/** Prepared (inputs read live from the file), then held (inputs frozen, minutes final). */
export const reviewStatuses = ['en_preparation', 'tenue'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

/** The outputs §9.3.3 asks for: improvement opportunities, changes to the QMS, resources; and anything else. */
export const decisionKinds = ['amelioration', 'changement_smq', 'ressources', 'autre'] as const;
export type DecisionKind = (typeof decisionKinds)[number];

/** The free-text inputs of §9.3.2 that the file cannot know, in the order the minutes print them. */
export const freeTextInputs = ['contextChanges', 'resources', 'risksOpportunities', 'externalProviders'] as const;
export type FreeTextInput = (typeof freeTextInputs)[number];

/** The review of a calendar year: 1 January to 31 December. */
export const yearPeriod = (year: number): { periodStart: CalendarDate; periodEnd: CalendarDate } => ({
  periodStart: `${String(year).padStart(4, '0')}-01-01`,
  periodEnd: `${String(year).padStart(4, '0')}-12-31`,
});

/** The month from whose first day a new review covers the year that is ending (December). */
export const REVIEW_OF_CURRENT_YEAR_FROM_MONTH = 12;

/**
 * The period a new management review covers unless the user changes it: the last complete calendar
 * year, except from 1 December, when it is the year about to end. A review is held once the year's
 * figures are in, most often in its first months (it covers last year), but structures that hold it
 * in December, at the year's last board or quality meeting, review the year closing then: last year
 * would be one their previous review already covered.
 */
export const defaultReviewPeriod = (today: CalendarDate): { periodStart: CalendarDate; periodEnd: CalendarDate } => {
  const year = Number(today.slice(0, 4));
  return yearPeriod(Number(today.slice(5, 7)) >= REVIEW_OF_CURRENT_YEAR_FROM_MONTH ? year : year - 1);
};

/** "Revue de direction du 12/03/2027": how an action names the decision it comes from. */
export const reviewOriginNote = (heldOn: CalendarDate, position: number): string =>
  `Revue de direction du ${heldOn.slice(8, 10)}/${heldOn.slice(5, 7)}/${heldOn.slice(0, 4)}, décision ${position}`;

/**
 * The day a review's inputs are read as of: the end of its period, or the day it is held if that
 * comes first, and never after today (a review being prepared for a later day reads today's file).
 * A 2025 review held in 2026 counts what was late on 31 December 2025, not what is late now.
 */
export const reviewAsOf = (review: { heldOn: CalendarDate; periodEnd: CalendarDate }, today: CalendarDate): CalendarDate =>
  earlierOf(earlierOf(review.heldOn, review.periodEnd), today);

/**
 * The period no management review has covered yet, up to `date`: from the day after the period of
 * the last review held by then, else the 12 months ending on `date`. The evidence pack shows this
 * period's objectives and indicators: the performance the next review will look at.
 */
export const currentPeriod = (
  lastReviewedPeriodEnd: CalendarDate | null,
  date: CalendarDate,
): { start: CalendarDate; end: CalendarDate } => {
  const after = lastReviewedPeriodEnd === null ? null : toCalendarDate(addDays(fromCalendarDate(lastReviewedPeriodEnd), 1));
  return { start: after !== null && after <= date ? after : twelveMonthsEndingOn(date), end: date };
};
