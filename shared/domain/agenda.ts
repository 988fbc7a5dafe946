import { addDays, differenceInCalendarDays, endOfMonth, endOfWeek } from 'date-fns';
import { fromCalendarDate, toCalendarDate, type CalendarDate } from './dates';

/** How far ahead "À faire" looks by default. */
export const AGENDA_HORIZON_DAYS = 90;

export const agendaGroups = ['overdue', 'this_week', 'this_month', 'later'] as const;
export type AgendaGroup = (typeof agendaGroups)[number];

/** The last day "À faire" shows, counted from `today`. */
export const horizonEnd = (today: CalendarDate, days = AGENDA_HORIZON_DAYS): CalendarDate =>
  toCalendarDate(addDays(fromCalendarDate(today), days));

/**
 * Which group a due date falls in on `today`: late; this week (French weeks end on Sunday);
 * the rest of this month; later. Calendar days, so a daylight-saving change never shifts a day.
 */
export const agendaGroup = (due: CalendarDate, today: CalendarDate): AgendaGroup => {
  if (due < today) return 'overdue';
  const day = fromCalendarDate(today);
  if (due <= toCalendarDate(endOfWeek(day, { weekStartsOn: 1 }))) return 'this_week';
  if (due <= toCalendarDate(endOfMonth(day))) return 'this_month';
  return 'later';
};

/** Days past the due date (positive when late, negative when ahead). */
export const daysPast = (due: CalendarDate, today: CalendarDate): number =>
  differenceInCalendarDays(fromCalendarDate(today), fromCalendarDate(due));
