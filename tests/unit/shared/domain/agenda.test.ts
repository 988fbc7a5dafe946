import { describe, expect, it } from 'vitest';
import { agendaGroup, daysPast, horizonEnd } from '../../../../shared/domain/agenda';

describe('agenda groups', () => {
  // Thursday 26 November 2026.
  const today = '2026-11-26';
  it.each([
    ['2026-11-25', 'overdue'],
    ['2025-01-01', 'overdue'],
    ['2026-11-26', 'this_week'],
    ['2026-11-29', 'this_week'],
    ['2026-11-30', 'this_month'],
    ['2026-12-01', 'later'],
    ['2027-02-24', 'later'],
  ] as const)('%s is %s', (due, group) => {
    expect(agendaGroup(due, today)).toBe(group);
  });

  it('crosses the year end: the week of 31 December runs into January', () => {
    expect(agendaGroup('2027-01-03', '2026-12-31')).toBe('this_week');
    expect(agendaGroup('2027-01-04', '2026-12-31')).toBe('later');
    expect(horizonEnd('2026-12-31')).toBe('2027-03-31');
  });

  it('counts whole days across daylight-saving changes', () => {
    // Clocks go back on 25 October 2026 and forward on 28 March 2027 in France.
    expect(daysPast('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysPast('2027-03-27', '2027-03-29')).toBe(2);
    expect(daysPast('2027-03-29', '2027-03-27')).toBe(-2);
    expect(agendaGroup('2027-03-28', '2027-03-26')).toBe('this_week');
  });
});
