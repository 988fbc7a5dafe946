import { addDays, format } from 'date-fns';
import { fromCalendarDate } from '../../../shared/domain/dates';

/**
 * The day every end-to-end test runs on, whatever the computer's date: browser mode is started with
 * `--today` (see browserMode.ts), so the file and the page agree on it. A Thursday in the middle of a
 * month, so that "this week" and "this month" hold a few days on each side; the agenda's own tests
 * also pin a Sunday, a month's last day and 31 December.
 */
export const E2E_TODAY = '2026-11-26';

/** `YYYY-MM-DD` of `today` plus `days`, and the same as `JJMMAAAA` for typing into a date field. */
export const dayFromToday = (days: number, today = E2E_TODAY): { iso: string; typed: string } => {
  const date = addDays(fromCalendarDate(today), days);
  return { iso: format(date, 'yyyy-MM-dd'), typed: format(date, 'ddMMyyyy') };
};
