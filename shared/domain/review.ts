import { addMonths, differenceInCalendarDays } from 'date-fns';
import { fromCalendarDate, toCalendarDate, type CalendarDate } from './dates';

/** How many days ahead a review counts as "à revoir bientôt". */
export const REVIEW_SOON_DAYS = 30;

/**
 * Next review date: last review + period in months. Month ends clamp, as date-fns does:
 * 31 January + 1 month is 28 (or 29) February, never 3 March.
 */
export const nextReviewDue = (lastReview: CalendarDate | null, periodMonths: number): CalendarDate | null =>
  lastReview === null ? null : toCalendarDate(addMonths(fromCalendarDate(lastReview), periodMonths));

export type ReviewState = 'not_applicable' | 'not_scheduled' | 'on_time' | 'due_soon' | 'overdue';

/**
 * Where a document stands against its review cycle on `today`.
 * Only documents in force are reviewed; one in force with no review date must be scheduled.
 */
export const reviewState = (
  status: 'brouillon' | 'en_vigueur' | 'obsolete',
  due: CalendarDate | null,
  today: CalendarDate,
): ReviewState => {
  if (status !== 'en_vigueur') return 'not_applicable';
  if (due === null) return 'not_scheduled';
  const daysLeft = differenceInCalendarDays(fromCalendarDate(due), fromCalendarDate(today));
  if (daysLeft < 0) return 'overdue';
  if (daysLeft <= REVIEW_SOON_DAYS) return 'due_soon';
  return 'on_time';
};

/** Whole days from `due` to `today`: positive when late, negative when ahead. */
export const daysLate = (due: CalendarDate, today: CalendarDate): number =>
  differenceInCalendarDays(fromCalendarDate(today), fromCalendarDate(due));
