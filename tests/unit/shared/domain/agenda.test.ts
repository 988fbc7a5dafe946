import { describe, expect, it } from 'vitest';
import { agendaGroup, daysPast, horizonEnd, listedSince, splitBacklog } from '../../../../shared/domain/agenda';

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

describe('old overdue items are counted, not listed', () => {
  // Thursday 26 November 2026: items due before Friday 28 August 2026 (90 days earlier) are old.
  const today = '2026-11-26';

  it('lists from 90 days before today, across months and a leap year', () => {
    expect(listedSince(today)).toBe('2026-08-28');
    expect(listedSince('2028-05-30')).toBe('2028-03-01');
    expect(listedSince('2027-05-30')).toBe('2027-03-01');
  });

  it('keeps the recent items in their order and counts the old ones per kind with their oldest date', () => {
    const items = [
      { kind: 'action', due: '2019-03-04', id: 1 },
      { kind: 'action', due: '2026-08-27', id: 2 },
      { kind: 'action', due: '2026-08-28', id: 3 },
      { kind: 'complaint', due: '2024-01-10', id: 4 },
      { kind: 'action', due: '2026-11-30', id: 5 },
    ];
    const { listed, backlog } = splitBacklog(items, today);
    expect(listed.map((item) => item.id)).toEqual([3, 5]);
    expect(backlog).toEqual([
      { kind: 'action', count: 2, oldestDue: '2019-03-04' },
      { kind: 'complaint', count: 1, oldestDue: '2024-01-10' },
    ]);
  });

  it('adds what the database counted to what the items bring', () => {
    const counted = [
      { kind: 'action', count: 1200, oldestDue: '2018-01-02' },
      { kind: 'measurement', count: 3, oldestDue: '2025-06-30' },
    ];
    const { listed, backlog } = splitBacklog([{ kind: 'action', due: '2016-05-01' }], today, counted);
    expect(listed).toEqual([]);
    expect(backlog).toEqual([
      { kind: 'action', count: 1201, oldestDue: '2016-05-01' },
      { kind: 'measurement', count: 3, oldestDue: '2025-06-30' },
    ]);
  });
});
