import { format, parseISO } from 'date-fns';
import type { Locale } from 'date-fns';
import { fromCalendarDate, type CalendarDate } from '../../../shared/domain/dates';

/** The day of the month: French writes the first one as an ordinal (« 1er janvier »), English as a number. */
const day = (locale: Locale): string => (locale.code?.startsWith('fr') ? 'do' : 'd');

/** "14 mars 2027", "1er avril 2027" for a calendar date. */
export const formatCalendarDate = (value: CalendarDate, locale: Locale): string =>
  format(fromCalendarDate(value), `${day(locale)} MMMM yyyy`, { locale });

/** "26 novembre 2026 à 10:42" for an instant, in the computer's time zone. */
export const formatInstant = (iso: string, locale: Locale): string =>
  format(parseISO(iso), `${day(locale)} MMMM yyyy 'à' HH:mm`, { locale });
