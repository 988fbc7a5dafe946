import { describe, expect, it } from 'vitest';
import {
  isOnGrid,
  lateMeasurements,
  measurementDue,
  nextExpectedMeasurement,
  nextPeriod,
  periodContaining,
  periodEnd,
  periodLabel,
  periodsWithin,
  previousPeriod,
  type IndicatorFrequency,
} from '../../../../shared/domain/indicators';

describe('the period grid', () => {
  it.each([
    ['mensuelle', '2026-01-01', true],
    ['mensuelle', '2026-02-01', true],
    ['mensuelle', '2026-02-15', false],
    ['mensuelle', '2026-02-30', false],
    ['trimestrielle', '2026-04-01', true],
    ['trimestrielle', '2026-10-01', true],
    ['trimestrielle', '2026-02-01', false],
    ['trimestrielle', '2026-12-01', false],
    ['semestrielle', '2026-07-01', true],
    ['semestrielle', '2026-04-01', false],
    ['annuelle', '2026-01-01', true],
    ['annuelle', '2026-07-01', false],
    ['annuelle', '26-01-01', false],
    ['annuelle', '', false],
  ] as const)('%s: %s on the grid → %s', (frequency, start, expected) => {
    expect(isOnGrid(frequency, start)).toBe(expected);
  });

  it.each([
    // frequency, start, last day: month ends, leap years, the year end
    ['mensuelle', '2026-01-01', '2026-01-31'],
    ['mensuelle', '2026-02-01', '2026-02-28'],
    ['mensuelle', '2028-02-01', '2028-02-29'],
    ['mensuelle', '2026-04-01', '2026-04-30'],
    ['mensuelle', '2026-12-01', '2026-12-31'],
    ['trimestrielle', '2026-01-01', '2026-03-31'],
    ['trimestrielle', '2026-04-01', '2026-06-30'],
    ['trimestrielle', '2026-07-01', '2026-09-30'],
    ['trimestrielle', '2026-10-01', '2026-12-31'],
    ['semestrielle', '2026-01-01', '2026-06-30'],
    ['semestrielle', '2026-07-01', '2026-12-31'],
    ['annuelle', '2026-01-01', '2026-12-31'],
    ['annuelle', '2028-01-01', '2028-12-31'],
  ] as const)('%s period from %s ends on %s', (frequency, start, end) => {
    expect(periodEnd(frequency, start)).toBe(end);
  });

  it.each([
    ['mensuelle', '2026-12-01', '2027-01-01', '2026-11-01'],
    ['mensuelle', '2026-01-01', '2026-02-01', '2025-12-01'],
    ['trimestrielle', '2026-10-01', '2027-01-01', '2026-07-01'],
    ['trimestrielle', '2026-01-01', '2026-04-01', '2025-10-01'],
    ['semestrielle', '2026-07-01', '2027-01-01', '2026-01-01'],
    ['annuelle', '2026-01-01', '2027-01-01', '2025-01-01'],
  ] as const)('%s: after %s comes %s, before it %s', (frequency, start, next, previous) => {
    expect(nextPeriod(frequency, start)).toBe(next);
    expect(previousPeriod(frequency, start)).toBe(previous);
  });

  it.each([
    ['mensuelle', '2026-02-28', '2026-02-01'],
    ['trimestrielle', '2026-03-31', '2026-01-01'],
    ['trimestrielle', '2026-04-01', '2026-04-01'],
    ['trimestrielle', '2026-12-31', '2026-10-01'],
    ['semestrielle', '2026-06-30', '2026-01-01'],
    ['semestrielle', '2026-07-01', '2026-07-01'],
    ['annuelle', '2026-12-31', '2026-01-01'],
  ] as const)('%s: %s is in the period from %s', (frequency, day, start) => {
    expect(periodContaining(frequency, day)).toBe(start);
  });

  it.each([
    ['mensuelle', '2026-08-01', 'août 2026'],
    ['trimestrielle', '2026-07-01', 'T3 2026'],
    ['semestrielle', '2026-07-01', 'S2 2026'],
    ['annuelle', '2026-01-01', '2026'],
  ] as const)('%s from %s reads "%s"', (frequency, start, label) => {
    expect(periodLabel(frequency, start)).toBe(label);
  });

  it('lists the periods a year covers, whatever day the range starts on', () => {
    expect(periodsWithin('trimestrielle', '2026-01-01', '2026-12-31')).toEqual(['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01']);
    expect(periodsWithin('trimestrielle', '2026-02-15', '2026-12-31')).toEqual(['2026-04-01', '2026-07-01', '2026-10-01']);
    expect(periodsWithin('mensuelle', '2026-11-01', '2027-02-28')).toEqual(['2026-11-01', '2026-12-01', '2027-01-01', '2027-02-01']);
    expect(periodsWithin('annuelle', '2026-06-01', '2026-12-31')).toEqual([]);
  });
});

describe('measurements due and late', () => {
  const quarterly = { frequency: 'trimestrielle' as IndicatorFrequency, firstPeriod: '2026-01-01', entryDelayDays: 15 };

  it('expects a measurement some days after its period ends, across month and year ends', () => {
    expect(measurementDue('trimestrielle', '2026-10-01', 15)).toBe('2027-01-15');
    expect(measurementDue('mensuelle', '2028-02-01', 1)).toBe('2028-03-01');
    expect(measurementDue('mensuelle', '2026-02-01', 0)).toBe('2026-02-28');
    expect(measurementDue('annuelle', '2026-01-01', 31)).toBe('2027-01-31');
  });

  it('names the first period without a measurement, even one left behind', () => {
    expect(nextExpectedMeasurement(quarterly, new Set())).toEqual({
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      due: '2026-04-15',
    });
    expect(nextExpectedMeasurement(quarterly, new Set(['2026-01-01', '2026-04-01']))).toMatchObject({
      periodStart: '2026-07-01',
      due: '2026-10-15',
    });
    expect(nextExpectedMeasurement(quarterly, new Set(['2026-01-01', '2026-07-01']))).toMatchObject({ periodStart: '2026-04-01' });
    const fullYear = new Set(['2026-01-01', '2026-04-01', '2026-07-01', '2026-10-01']);
    expect(nextExpectedMeasurement(quarterly, fullYear)).toEqual({ periodStart: '2027-01-01', periodEnd: '2027-03-31', due: '2027-04-15' });
  });

  it('lists late measurements on a given day, not those still within their delay', () => {
    const late = lateMeasurements(quarterly, new Set(['2026-04-01']), '2026-11-26').map((period) => period.periodStart);
    expect(late).toEqual(['2026-01-01', '2026-07-01']);
    expect(lateMeasurements(quarterly, new Set(), '2026-04-15')).toEqual([]);
    expect(lateMeasurements(quarterly, new Set(), '2026-04-16').map((period) => period.due)).toEqual(['2026-04-15']);
  });
});
