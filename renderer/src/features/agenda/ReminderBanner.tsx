import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { AGENDA_HORIZON_DAYS } from '../../../../shared/domain/agenda';
import { todayOnThisComputer } from '../../app/today';
import { Button } from '../../ui/Button';
import { useAgenda } from './hooks';
import { useReminders } from '../common/reminders';

const DISMISSED_KEY = 'seve.reminderDismissedOn';

/**
 * Browser mode's stand-in for the desktop notification: what is overdue or due this week, at the
 * top of every screen until dismissed for the day.
 */
export const ReminderBanner = () => {
  const { t } = useTranslation();
  const today = todayOnThisComputer();
  const [dismissedOn, setDismissedOn] = useState(() => localStorage.getItem(DISMISSED_KEY));
  // The same query as the agenda's default view, so the two share one answer; its counts per group
  // do not depend on the horizon for "late" and "this week".
  const agenda = useAgenda({ horizonDays: AGENDA_HORIZON_DAYS });
  const reminders = useReminders();
  if (dismissedOn === today || !agenda.data || reminders.data?.enabled !== true) return null;
  const { overdue = 0, this_week: week = 0 } = agenda.data.counts;
  if (overdue + week === 0) return null;
  return (
    <aside className="reminder" aria-label={t('agenda.reminder.label')}>
      <p>
        <span aria-hidden="true">⚠ </span>
        <Link to="/a-faire">{t('agenda.reminder.text', { overdue: String(overdue), week: String(week) })}</Link>
      </p>
      <Button
        variant="quiet"
        onPress={() => {
          localStorage.setItem(DISMISSED_KEY, today);
          setDismissedOn(today);
        }}
      >
        {t('agenda.reminder.dismiss')}
      </Button>
    </aside>
  );
};
