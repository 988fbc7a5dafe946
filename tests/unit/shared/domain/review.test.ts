import { describe, expect, it } from 'vitest';
import { daysLate, nextReviewDue, reviewState } from '../../../../shared/domain/review';

describe('nextReviewDue', () => {
  it.each([
    ['2026-03-15', 12, '2027-03-15'],
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2026-08-31', 6, '2027-02-28'],
    ['2026-12-15', 1, '2027-01-15'],
    ['2026-10-25', 24, '2028-10-25'],
    ['2026-05-31', 120, '2036-05-31'],
  ])('%s + %i months → %s', (last, months, expected) => {
    expect(nextReviewDue(last, months)).toBe(expected);
  });

  it('is unknown without a last review date', () => {
    expect(nextReviewDue(null, 12)).toBeNull();
  });
});

describe('reviewState', () => {
  const today = '2026-11-26';
  it.each([
    ['en_vigueur', '2026-11-25', 'overdue'],
    ['en_vigueur', '2026-11-26', 'due_soon'],
    ['en_vigueur', '2026-12-26', 'due_soon'],
    ['en_vigueur', '2026-12-27', 'on_time'],
    ['en_vigueur', null, 'not_scheduled'],
    ['brouillon', '2020-01-01', 'not_applicable'],
    ['obsolete', '2020-01-01', 'not_applicable'],
  ] as const)('%s due %s → %s', (status, due, expected) => {
    expect(reviewState(status, due, today)).toBe(expected);
  });

  it('counts calendar days across a DST change and the year end', () => {
    expect(daysLate('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysLate('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysLate('2026-12-31', '2027-01-01')).toBe(1);
    expect(daysLate('2027-01-10', '2026-12-31')).toBe(-10);
  });
});
