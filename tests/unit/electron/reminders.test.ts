import { describe, expect, it } from 'vitest';
import type { Result } from '../../../shared/api/result';
import { reminderText, startReminders, type ReminderHost } from '../../../electron/main/reminders';

const item = (due: string, group: 'overdue' | 'this_week') => ({ due, group });

describe('reminderText', () => {
  it('says what is late (and what became late since the last reminder) and what is due this week', () => {
    const agenda = {
      items: [item('2026-11-20', 'overdue'), item('2026-11-25', 'overdue'), item('2026-11-28', 'this_week')],
      counts: { overdue: 2, this_week: 1 },
    };
    expect(reminderText(agenda as never, '2026-11-24')).toEqual({
      title: 'Sève — À faire',
      body: '2 échéances en retard (dont 1 depuis le dernier rappel), 1 cette semaine. Cliquez pour ouvrir la liste.',
    });
    expect(reminderText({ items: [], counts: { overdue: 0, this_week: 0 } } as never, null)).toBeNull();
  });
});

// The Electron runtime cannot run here: a fake host stands in for Notification, the window and timers.
describe('startReminders', () => {
  const hostWith = (reminders: { enabled: boolean; lastShownOn: string | null }) => {
    const calls: string[] = [];
    const notifications: string[] = [];
    let opened = 0;
    const host: ReminderHost = {
      invoke: async (method, input): Promise<Result<unknown>> => {
        calls.push(`${method} ${JSON.stringify(input)}`);
        if (method === 'agenda.reminders' || method === 'agenda.markReminded') return { ok: true, value: reminders };
        return { ok: true, value: { items: [item('2026-11-25', 'overdue')], counts: { overdue: 1, this_week: 0 } } };
      },
      notify: (_title, body, onClick) => {
        notifications.push(body);
        onClick();
      },
      openAgenda: () => (opened += 1),
      today: () => '2026-11-26',
      setInterval: () => ({}),
    };
    return { host, calls, notifications, opened: () => opened };
  };

  it('notifies once a day, records the day, and opens the agenda on click', async () => {
    const { host, calls, notifications, opened } = hostWith({ enabled: true, lastShownOn: '2026-11-25' });
    await startReminders(host).check();
    expect(notifications).toEqual(['1 échéance en retard (dont 1 depuis le dernier rappel). Cliquez pour ouvrir la liste.']);
    expect(calls).toContain('agenda.markReminded {"day":"2026-11-26"}');
    expect(opened()).toBe(1);
  });

  it('stays silent when turned off or already shown today', async () => {
    for (const settings of [
      { enabled: false, lastShownOn: null },
      { enabled: true, lastShownOn: '2026-11-26' },
    ]) {
      const { host, notifications, calls } = hostWith(settings);
      await startReminders(host).check();
      expect(notifications).toEqual([]);
      expect(calls.some((call) => call.startsWith('agenda.list'))).toBe(false);
    }
  });
});
