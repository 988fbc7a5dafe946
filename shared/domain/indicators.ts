import { addDays, addMonths, endOfMonth } from 'date-fns';
import { fromCalendarDate, isValidCalendarDate, toCalendarDate, type CalendarDate } from './dates';

/** %, a count, hours, days, or a mark on a scale (satisfaction "7,8 sur 10"). */
export const indicatorUnits = ['pourcentage', 'nombre', 'heures', 'jours', 'note'] as const;
export type IndicatorUnit = (typeof indicatorUnits)[number];

/** Whether a higher value is better (sorties dynamiques) or a lower one (délai de réponse). */
export const indicatorDirections = ['hausse', 'baisse'] as const;
export type IndicatorDirection = (typeof indicatorDirections)[number];

export const indicatorFrequencies = ['mensuelle', 'trimestrielle', 'semestrielle', 'annuelle'] as const;
export type IndicatorFrequency = (typeof indicatorFrequencies)[number];

/** What an indicator is about; the management review groups réclamations and satisfaction by it. */
export const indicatorThemes = ['parcours', 'satisfaction', 'reclamations', 'activite', 'autre'] as const;
export type IndicatorTheme = (typeof indicatorThemes)[number];

export const chartKinds = ['ligne', 'barres'] as const;
export type ChartKind = (typeof chartKinds)[number];

/** Days after a period ends before its measurement counts as late, unless the indicator says otherwise. */
export const DEFAULT_ENTRY_DELAY_DAYS = 15;
export const MAX_ENTRY_DELAY_DAYS = 180;
/** Largest value any indicator accepts: hours of a large ETTI over a year stay far below it. */
export const MAX_INDICATOR_VALUE = 1_000_000_000;
/** Parts of a rate's numerator (sorties dynamiques has three). */
export const MAX_RATE_PARTS = 6;

const monthsPer: Record<IndicatorFrequency, number> = { mensuelle: 1, trimestrielle: 3, semestrielle: 6, annuelle: 12 };

// The grid is the calendar: months, quarters from January, halves from January, calendar years.
// Periods are named by their first day, so a measurement's period is one date SQL can index.

/** Whether `start` is the first day of a period of `frequency`. */
export const isOnGrid = (frequency: IndicatorFrequency, start: CalendarDate): boolean => {
  if (!isValidCalendarDate(start) || !start.endsWith('-01')) return false;
  return (Number(start.slice(5, 7)) - 1) % monthsPer[frequency] === 0;
};

/** First day of the period of `frequency` that contains `day`. */
export const periodContaining = (frequency: IndicatorFrequency, day: CalendarDate): CalendarDate => {
  const month = Number(day.slice(5, 7));
  const first = month - ((month - 1) % monthsPer[frequency]);
  return `${day.slice(0, 4)}-${String(first).padStart(2, '0')}-01`;
};

/** Last day of the period starting on `start` (28/29 February, 30 June, 31 December…). */
export const periodEnd = (frequency: IndicatorFrequency, start: CalendarDate): CalendarDate =>
  toCalendarDate(endOfMonth(addMonths(fromCalendarDate(start), monthsPer[frequency] - 1)));

export const nextPeriod = (frequency: IndicatorFrequency, start: CalendarDate): CalendarDate =>
  toCalendarDate(addMonths(fromCalendarDate(start), monthsPer[frequency]));

export const previousPeriod = (frequency: IndicatorFrequency, start: CalendarDate): CalendarDate =>
  toCalendarDate(addMonths(fromCalendarDate(start), -monthsPer[frequency]));

/** Position of the period in its year: month 1–12, quarter 1–4, half 1–2, or 1 for a year. */
export const periodIndex = (frequency: IndicatorFrequency, start: CalendarDate): number =>
  Math.floor((Number(start.slice(5, 7)) - 1) / monthsPer[frequency]) + 1;

const monthNames = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** French name of a period, as the board, the review and the PDF print it: "T2 2026", "mars 2026". */
export const periodLabel = (frequency: IndicatorFrequency, start: CalendarDate): string => {
  const year = start.slice(0, 4);
  const index = periodIndex(frequency, start);
  if (frequency === 'mensuelle') return `${monthNames[index - 1] ?? ''} ${year}`;
  if (frequency === 'trimestrielle') return `T${index} ${year}`;
  if (frequency === 'semestrielle') return `S${index} ${year}`;
  return year;
};

/** What a period of `frequency` must start on, for the message that refuses another date. */
export const gridRule: Record<IndicatorFrequency, string> = {
  mensuelle: 'le 1er d’un mois',
  trimestrielle: 'le 1er janvier, le 1er avril, le 1er juillet ou le 1er octobre',
  semestrielle: 'le 1er janvier ou le 1er juillet',
  annuelle: 'le 1er janvier',
};

/** The day a period's measurement is expected by: its last day plus the indicator's entry delay. */
export const measurementDue = (frequency: IndicatorFrequency, start: CalendarDate, delayDays: number): CalendarDate =>
  toCalendarDate(addDays(fromCalendarDate(periodEnd(frequency, start)), delayDays));

export type ExpectedMeasurement = { periodStart: CalendarDate; periodEnd: CalendarDate; due: CalendarDate };

const expected = (frequency: IndicatorFrequency, start: CalendarDate, delayDays: number): ExpectedMeasurement => ({
  periodStart: start,
  periodEnd: periodEnd(frequency, start),
  due: measurementDue(frequency, start, delayDays),
});

type Schedule = { frequency: IndicatorFrequency; firstPeriod: CalendarDate; entryDelayDays: number };

/**
 * The earliest period from the first followed one that has no measurement, and when it is due.
 * It depends on the measurements only, never on today, so the service stores it and SQL finds
 * late indicators with `next_measurement_due < today`. It ends after one step per measurement.
 */
export const nextExpectedMeasurement = (schedule: Schedule, measured: ReadonlySet<CalendarDate>): ExpectedMeasurement => {
  let start = schedule.firstPeriod;
  while (measured.has(start)) start = nextPeriod(schedule.frequency, start);
  return expected(schedule.frequency, start, schedule.entryDelayDays);
};

/** Every period from `from` whose measurement was due before `today` and is missing (oldest first, at most `limit`). */
export const lateMeasurements = (
  schedule: Schedule,
  measured: ReadonlySet<CalendarDate>,
  today: CalendarDate,
  limit = 60,
): ExpectedMeasurement[] => {
  const late: ExpectedMeasurement[] = [];
  for (let start = schedule.firstPeriod; late.length < limit; start = nextPeriod(schedule.frequency, start)) {
    const period = expected(schedule.frequency, start, schedule.entryDelayDays);
    if (period.due >= today) break;
    if (!measured.has(start)) late.push(period);
  }
  return late;
};

/** Starts of the periods of `frequency` that begin within [from, to] (a review's period, a chart's range). */
export const periodsWithin = (frequency: IndicatorFrequency, from: CalendarDate, to: CalendarDate, limit = 240): CalendarDate[] => {
  const starts: CalendarDate[] = [];
  let start = periodContaining(frequency, from);
  if (start < from) start = nextPeriod(frequency, start);
  for (; start <= to && starts.length < limit; start = nextPeriod(frequency, start)) starts.push(start);
  return starts;
};

/** "26/11/2026", for French messages. */
export const slashDate = (day: CalendarDate): string => `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
