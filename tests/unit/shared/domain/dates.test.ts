import { parseISO } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromCalendarDate, isValidCalendarDate, toCalendarDate, twelveMonthsEndingOn } from '../../../../shared/domain/dates';
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

  it('reads a YYYY-MM-DD text as parseISO does, impossible days and years before 100 included', () => {
    const digits = (length: number) => fc.integer({ min: 0, max: 10 ** length - 1 }).map((n) => String(n).padStart(length, '0'));
    fc.assert(
      fc.property(digits(4), digits(2), digits(2), (year, month, day) => {
        const text = `${year}-${month}-${day}`;
        const expected = parseISO(text).getTime();
        const read = fromCalendarDate(text).getTime();
        expect(Number.isNaN(read) ? 'invalide' : read).toBe(Number.isNaN(expected) ? 'invalide' : expected);
      }),
      { numRuns: 2000 },
    );
    expect(fromCalendarDate('0099-03-01').getFullYear()).toBe(99);
    expect(Number.isNaN(fromCalendarDate('2026-02-30').getTime())).toBe(true);
    expect(fromCalendarDate('2026-11-26T10:00').getTime()).toBe(parseISO('2026-11-26T10:00').getTime());
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
