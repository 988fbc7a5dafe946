import { describe, expect, it } from 'vitest';
import { defaultResponseDue } from '../../../shared/domain/complaints';

describe('a réclamation’s default answer date', () => {
  it('is a fortnight after it was received, across a month’s and a year’s end', () => {
    expect(defaultResponseDue('2026-11-26')).toBe('2026-12-11');
    expect(defaultResponseDue('2026-12-20')).toBe('2027-01-04');
    expect(defaultResponseDue('2028-02-20')).toBe('2028-03-06');
  });
});
