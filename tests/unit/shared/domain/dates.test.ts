import { describe, expect, it } from 'vitest';
import { isValidCalendarDate, toCalendarDate, twelveMonthsEndingOn } from '../../../../shared/domain/dates';
import { calendarDateSchema } from '../../../../shared/schemas/common';

describe('calendar dates', () => {
  it.each(['2026-11-26', '2024-02-29', '2000-02-29', '1999-12-31'])('accepts %s', (value) => {
    expect(isValidCalendarDate(value)).toBe(true);
  });

  it.each([
    '2026-02-29',
    '2100-02-29',
    '2026-13-01',
    '2026-00-10',
    '2026-04-31',
    '26-11-2026',
    '2026-1-5',
    '2026-11-26T00:00',
    '',
    ' 2026-11-26',
  ])('refuses %s', (value) => {
    expect(isValidCalendarDate(value)).toBe(false);
    expect(calendarDateSchema.safeParse(value).success).toBe(false);
  });

  it('says in French why a date is refused', () => {
    expect(calendarDateSchema.safeParse('2026-02-30').error?.issues[0]?.message).toBe('Cette date n’existe pas.');
    expect(calendarDateSchema.safeParse('30/02/2026').error?.issues[0]?.message).toBe('Date invalide : utilisez le format JJ/MM/AAAA.');
  });

  it('formats the local calendar date of an instant', () => {
    expect(toCalendarDate(new Date(2026, 0, 31, 23, 59))).toBe('2026-01-31');
  });

  it.each([
    ['2026-11-26', '2025-11-27'],
    ['2026-12-31', '2026-01-01'],
    ['2028-02-29', '2027-03-01'],
    ['2027-02-28', '2026-03-01'],
  ])('the 12 months ending on %s start on %s', (date, from) => {
    expect(twelveMonthsEndingOn(date)).toBe(from);
  });
});
