import { addDays, format, formatISO, isValid, parseISO, subMonths } from 'date-fns';
import { fr } from 'date-fns/locale';

/** Calendar dates travel as `YYYY-MM-DD` text; this is their type. */
export type CalendarDate = string;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is `YYYY-MM-DD` and names a day that exists. */
export const isValidCalendarDate = (value: string): boolean => {
  if (!CALENDAR_DATE.test(value)) return false;
  const parsed = fromCalendarDate(value);
  return isValid(parsed) && toCalendarDate(parsed) === value;
};

/**
 * Local calendar date of an instant, as `YYYY-MM-DD`. `formatISO` writes it without parsing a
 * pattern: nine times faster than `format`, and registers compute thousands of due dates.
 */
export const toCalendarDate = (instant: Date): CalendarDate => formatISO(instant, { representation: 'date' });

/**
 * Parses a `YYYY-MM-DD` date as a local date (midnight), for date-fns arithmetic: what `parseISO`
 * answers, an impossible day (« 2026-02-30 ») included, but built from its three numbers, as
 * `parseISO`'s general ISO 8601 parsing took most of the time of registers computing thousands of
 * due dates. Any other text goes to `parseISO`.
 */
export const fromCalendarDate = (value: CalendarDate): Date => {
  const parts = CALENDAR_DATE.exec(value);
  if (parts === null) return parseISO(value);
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  // setFullYear, not the constructor: the constructor reads years 0–99 as 1900–1999.
  const date = new Date(2000, 0, 1);
  date.setFullYear(year, month - 1, day);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : new Date(Number.NaN);
};

/** First day of the `months` months that end on `date` (3 months: 2026-11-26 → 2026-08-27): "the last quarter". */
export const monthsEndingOn = (date: CalendarDate, months: number): CalendarDate =>
  toCalendarDate(addDays(subMonths(fromCalendarDate(date), months), 1));

/** First day of the twelve months that end on `date` (2026-11-26 → 2025-11-27): "the last 12 months". */
export const twelveMonthsEndingOn = (date: CalendarDate): CalendarDate => monthsEndingOn(date, 12);

/** A date as French prose: « 1er janvier 2026 », « 2 janvier 2026 ». */
export const dateInWords = (date: CalendarDate): string => format(fromCalendarDate(date), 'do MMMM yyyy', { locale: fr });

/** The earlier of two dates. */
export const earlierOf = (a: CalendarDate, b: CalendarDate): CalendarDate => (a <= b ? a : b);

/**
 * The refusal of a date that comes before another one of the same record's life, naming both:
 * « La date de réalisation (15 avril 2025) ne peut pas précéder l’ouverture de l’action (1er mai 2025). »
 */
export const outOfOrder = (what: string, date: CalendarDate, before: string, beforeDate: CalendarDate): string =>
  `${what} (${dateInWords(date)}) ne peut pas précéder ${before} (${dateInWords(beforeDate)}).`;
