import { addDays, endOfMonth, endOfWeek, subDays } from 'date-fns';
import { fromCalendarDate, toCalendarDate, type CalendarDate } from './dates';

/** How far ahead "À faire" looks by default. */
export const AGENDA_HORIZON_DAYS = 90;

/**
 * Overdue items older than this are counted per kind, not listed one by one: "À faire" stays the
 * same size whatever the file's age, and a backlog of years is a figure with a link to its register.
 */
export const RECENT_OVERDUE_DAYS = 90;

/** The first due date still listed one by one on `today`; items due before it are summarised. */
export const listedSince = (today: CalendarDate): CalendarDate => toCalendarDate(subDays(fromCalendarDate(today), RECENT_OVERDUE_DAYS));

/** Old overdue items of one kind: how many, and the oldest due date among them. */
export type BacklogCount<Kind extends string> = { kind: Kind; count: number; oldestDue: CalendarDate };

/**
 * Splits dated items on `today`: those listed (due on or after `listedSince`) and the older overdue
 * ones counted per kind, added to `counted` (what the database already counted without reading the
 * rows), kinds in the order they first appear.
 */
export const splitBacklog = <Kind extends string, Item extends { kind: Kind; due: CalendarDate }>(
  items: readonly Item[],
  today: CalendarDate,
  counted: readonly BacklogCount<Kind>[] = [],
): { listed: Item[]; backlog: BacklogCount<Kind>[] } => {
  const since = listedSince(today);
  const backlog = new Map<Kind, BacklogCount<Kind>>();
  const add = ({ kind, count, oldestDue }: BacklogCount<Kind>) => {
    const known = backlog.get(kind);
    backlog.set(kind, {
      kind,
      count: (known?.count ?? 0) + count,
      oldestDue: known && known.oldestDue < oldestDue ? known.oldestDue : oldestDue,
    });
  };
  counted.forEach(add);
  const listed: Item[] = [];
  for (const item of items) {
    if (item.due < since) add({ kind: item.kind, count: 1, oldestDue: item.due });
    else listed.push(item);
  }
  return { listed, backlog: [...backlog.values()] };
};

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
