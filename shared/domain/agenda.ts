import { addDays, endOfMonth, endOfWeek } from 'date-fns';
import { fromCalendarDate, toCalendarDate, type CalendarDate } from './dates';

/** How far ahead "À faire" looks by default. */
export const AGENDA_HORIZON_DAYS = 90;

export const agendaGroups = ['overdue', 'this_week', 'this_month', 'later'] as const;
export type AgendaGroup = (typeof agendaGroups)[number];

/** The last day "À faire" shows, counted from `today`. */
export const horizonEnd = (today: CalendarDate, days = AGENDA_HORIZON_DAYS): CalendarDate =>
  toCalendarDate(addDays(fromCalendarDate(today), days));

/** Days since 1970-01-01 of a `YYYY-MM-DD` date: UTC arithmetic, so daylight saving never shifts a day. */
const dayNumber = (date: CalendarDate): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

/**
 * The agenda's view of one day: which group a due date falls in (late; this week — French weeks
 * end on Sunday; the rest of this month; later) and how many days late it is. The week and month
 * ends are worked out once, so thousands of items are placed by comparing strings.
 */
export const agendaDay = (today: CalendarDate) => {
  const day = fromCalendarDate(today);
  const weekEnd = toCalendarDate(endOfWeek(day, { weekStartsOn: 1 }));
  const monthEnd = toCalendarDate(endOfMonth(day));
  const todayNumber = dayNumber(today);
  return {
    group: (due: CalendarDate): AgendaGroup =>
      due < today ? 'overdue' : due <= weekEnd ? 'this_week' : due <= monthEnd ? 'this_month' : 'later',
    /** Positive when late, negative when ahead. */
    daysPast: (due: CalendarDate): number => todayNumber - dayNumber(due),
  };
};

/** Which group a due date falls in on `today` (see `agendaDay`). */
export const agendaGroup = (due: CalendarDate, today: CalendarDate): AgendaGroup => agendaDay(today).group(due);

/** Days past the due date (positive when late, negative when ahead). */
export const daysPast = (due: CalendarDate, today: CalendarDate): number => agendaDay(today).daysPast(due);
