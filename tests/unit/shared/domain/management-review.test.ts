import { describe, expect, it } from 'vitest';
import { currentPeriod, defaultReviewPeriod } from '../../../../shared/domain/management-review';

describe('the current period of the evidence pack', () => {
  it('starts the day after the period the last review covered', () => {
    expect(currentPeriod('2025-12-31', '2026-11-26')).toEqual({ start: '2026-01-01', end: '2026-11-26' });
    expect(currentPeriod('2026-02-28', '2026-03-01')).toEqual({ start: '2026-03-01', end: '2026-03-01' });
  });

  it('is the 12 months up to the date when no review was held, or when the last one covered a period past it', () => {
    expect(currentPeriod(null, '2026-11-26')).toEqual({ start: '2025-11-27', end: '2026-11-26' });
    expect(currentPeriod('2026-12-31', '2026-11-26')).toEqual({ start: '2025-11-27', end: '2026-11-26' });
  });
});

describe('the period a new review covers by default', () => {
  it('is last calendar year until 30 November', () => {
    for (const today of ['2027-01-01', '2027-03-15', '2027-11-30']) {
      expect(defaultReviewPeriod(today), today).toEqual({ periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    }
  });

  it('is the year about to end from 1 December to 31 December', () => {
    for (const today of ['2026-12-01', '2026-12-15', '2026-12-31']) {
      expect(defaultReviewPeriod(today), today).toEqual({ periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    }
  });
});
