import { format, parseISO } from 'date-fns';
import type { Locale } from 'date-fns';
import { fromCalendarDate, type CalendarDate } from '../../../shared/domain/dates';

/** "14 mars 2027" for a calendar date. */
export const formatCalendarDate = (value: CalendarDate, locale: Locale): string =>
  format(fromCalendarDate(value), 'd MMMM yyyy', { locale });

/** "26 novembre 2026 à 10:42" for an instant, in the computer's time zone. */
export const formatInstant = (iso: string, locale: Locale): string => format(parseISO(iso), "d MMMM yyyy 'à' HH:mm", { locale });
