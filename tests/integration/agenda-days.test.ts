import { addDays, format } from 'date-fns';
import { afterEach, describe, expect, it } from 'vitest';
import { fromCalendarDate } from '../../shared/domain/dates';
import type { Action } from '../../shared/schemas/actions';
import type { Agenda } from '../../shared/schemas/agenda';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';
import { actionFields } from '../helpers/nonconformities';

/**
 * The agenda's groups on the days that broke the calendar-dependent tests: a Sunday (French weeks
 * end on it), a month's last day, and 31 December (this week runs into January, this month ends
 * tonight). Each case opens a file whose clock says that day at 23:30, local time.
 */
describe('"À faire" on the days at the edge of a week, a month and a year', () => {
  let backend: TestBackend;
  afterEach(() => backend.close());

  it.each([
    {
      name: 'Sunday 29 November 2026',
      today: '2026-11-29',
      expected: { '-1': 'overdue', '0': 'this_week', '1': 'this_month', '2': 'later', '40': 'later' },
    },
    {
      name: 'Monday 30 November 2026, the month’s last day',
      today: '2026-11-30',
      expected: { '-1': 'overdue', '0': 'this_week', '1': 'this_week', '6': 'this_week', '7': 'later' },
    },
    {
      name: 'Thursday 31 December 2026',
      today: '2026-12-31',
      expected: { '-1': 'overdue', '0': 'this_week', '3': 'this_week', '4': 'later', '40': 'later' },
    },
  ])('on $name, each action due around it sits in the right group, with its days', async ({ today, expected }) => {
    backend = await openTestBackend({ now: () => new Date(`${today}T23:30:00`) });
    const owner = (await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Amélie Durand', jobTitle: null })).id;
    const dayAfter = (offset: number) => format(addDays(fromCalendarDate(today), offset), 'yyyy-MM-dd');
    for (const offset of Object.keys(expected).map(Number)) {
      await expectOk<Action>(backend.api, 'actions.create', {
        origin: { source: 'autre', note: 'Groupe qualité' },
        fields: actionFields(owner, { openedOn: dayAfter(-30), description: `Échéance ${offset}`, dueDate: dayAfter(offset) }),
      });
    }
    const agenda = await expectOk<Agenda>(backend.api, 'agenda.list', { horizonDays: 90 });
    expect(agenda.today).toBe(today);
    const seen = Object.fromEntries(agenda.items.map((item) => [String(-item.daysLate), item.group]));
    expect(seen).toEqual(expected);
  });
});
