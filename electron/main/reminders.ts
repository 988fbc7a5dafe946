import type { Agenda, Reminders } from '../../shared/schemas/agenda';
import type { Result } from '../../shared/api/result';

/** What "what became overdue or is due this week" reads as in a desktop notification. */
export const reminderText = (
  agenda: Pick<Agenda, 'items' | 'counts'>,
  lastShownOn: string | null,
): { title: string; body: string } | null => {
  const overdue = agenda.counts.overdue ?? 0;
  const week = agenda.counts.this_week ?? 0;
  if (overdue + week === 0) return null;
  // Items due after the last reminder's day and already late: what became overdue since.
  const newlyLate = lastShownOn === null ? 0 : agenda.items.filter((item) => item.group === 'overdue' && item.due >= lastShownOn).length;
  const parts = [
    overdue > 0 &&
      `${overdue} échéance${overdue > 1 ? 's' : ''} en retard${newlyLate > 0 ? ` (dont ${newlyLate} depuis le dernier rappel)` : ''}`,
    week > 0 && `${week} cette semaine`,
  ].filter(Boolean);
  return { title: 'Sève — À faire', body: `${parts.join(', ')}. Cliquez pour ouvrir la liste.` };
};

export type ReminderHost = {
  /** Calls the backend (the same handler table the window uses). */
  invoke: (method: string, input: unknown) => Promise<Result<unknown>>;
  /** Shows a system notification; `onClick` when the user clicks it. */
  notify: (title: string, body: string, onClick: () => void) => void;
  openAgenda: () => void;
  today: () => string;
  setInterval: (callback: () => void, ms: number) => { unref?: () => void };
};

/** Checks every hour, so a laptop left open overnight reminds the next morning. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Desktop reminders: at launch and then once a day while Sève is open, a notification of what is
 * late or due this week. The setting (Structure screen) turns them off. Errors never reach the user:
 * a reminder that cannot be computed is simply not shown.
 */
export const startReminders = (host: ReminderHost): { check: () => Promise<void> } => {
  let running: Promise<void> | null = null;
  const remind = async (): Promise<void> => {
    const settings = await host.invoke('agenda.reminders', {});
    if (!settings.ok) return;
    const { enabled, lastShownOn } = settings.value as Reminders;
    const today = host.today();
    if (!enabled || lastShownOn === today) return;
    const agenda = await host.invoke('agenda.list', { horizonDays: 7 });
    if (!agenda.ok) return;
    const text = reminderText(agenda.value as Agenda, lastShownOn);
    await host.invoke('agenda.markReminded', { day: today });
    if (text) host.notify(text.title, text.body, host.openAgenda);
  };
  // One check at a time: the launch check and the hourly one must not both notify.
  const check = (): Promise<void> => {
    running ??= remind().finally(() => (running = null));
    return running;
  };
  void check();
  host.setInterval(() => void check(), CHECK_EVERY_MS).unref?.();
  return { check };
};
