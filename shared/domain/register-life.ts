import { addYears } from 'date-fns';
import { fromCalendarDate, toCalendarDate, type CalendarDate } from './dates';

/**
 * The life the context registers share (issues, interested parties, risks and opportunities): a
 * record is identified on a day, reviewed by a due date (the review sets the next one), and retired
 * once it no longer applies, on a day and for a reason. Its figures "on a date" read these dates.
 */
export const registerStatuses = ['actif', 'retire'] as const;
export type RegisterStatus = (typeof registerStatuses)[number];

/** What a dated register record says of its life. */
export type DatedRecord = { identifiedOn: CalendarDate; retiredOn: CalendarDate | null };

/** In the register on `date`: identified by then, and not retired by then. */
export const isInRegisterOn = (record: DatedRecord, date: CalendarDate): boolean =>
  record.identifiedOn <= date && (record.retiredOn === null || record.retiredOn > date);

/** Whether the review is late on `today` (an active record reviewed after its due date is late the day after). */
export const isReviewLate = (record: { status: RegisterStatus; reviewDue: CalendarDate }, today: CalendarDate): boolean =>
  record.status === 'actif' && record.reviewDue < today;

/** The default next review of a context record: a year after `date`. */
export const aYearAfter = (date: CalendarDate): CalendarDate => toCalendarDate(addYears(fromCalendarDate(date), 1));
