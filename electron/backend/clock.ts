import { isValidCalendarDate } from '../../shared/domain/dates';

/**
 * A clock that says `today` (noon, local time) when it starts and then runs at the real pace, so
 * that a session of a few hours never crosses midnight: browser mode's `--today`, for trying Sève
 * or testing it on a chosen day whatever the computer's date. Null for a date that does not exist.
 */
export const pinnedClock = (today: string, realNow: () => number = Date.now): (() => Date) | null => {
  if (!isValidCalendarDate(today)) return null;
  const [year, month, day] = today.split('-').map(Number);
  const start = new Date(year ?? 0, (month ?? 1) - 1, day ?? 1, 12, 0, 0).getTime();
  const startedAt = realNow();
  return () => new Date(start + (realNow() - startedAt));
};
