import { describe, expect, it } from 'vitest';
import { currentPeriod } from '../../../../shared/domain/management-review';

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
