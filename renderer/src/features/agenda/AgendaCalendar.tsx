import { addMonths, eachDayOfInterval, endOfMonth, endOfWeek, format, isSameMonth, startOfMonth, startOfWeek } from 'date-fns';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fromCalendarDate, toCalendarDate } from '../../../../shared/domain/dates';
import type { Agenda } from '../../../../shared/schemas/agenda';
import { useLocale } from '../../i18n';
import { Button } from '../../ui/Button';
import { itemSentence } from './sentence';

const PER_DAY = 3;

/** The same items on a month grid (weeks from Monday), to see how the load spreads. */
export const AgendaCalendar = ({ agenda }: { agenda: Agenda }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const [month, setMonth] = useState(() => startOfMonth(fromCalendarDate(agenda.today)));
  const days = eachDayOfInterval({
    start: startOfWeek(month, { weekStartsOn: 1 }),
    end: endOfWeek(endOfMonth(month), { weekStartsOn: 1 }),
  });
  const weekdays = days.slice(0, 7).map((day) => format(day, 'EEEE', { locale: dateLocale }));
  const byDay = new Map<string, Agenda['items']>();
  for (const item of agenda.items) byDay.set(item.due, [...(byDay.get(item.due) ?? []), item]);

  return (
    <section className="month" aria-label={format(month, 'MMMM yyyy', { locale: dateLocale })}>
      <div className="month__bar">
        <Button variant="quiet" onPress={() => setMonth((current) => addMonths(current, -1))} aria-label={t('agenda.month.previous')}>
          ←
        </Button>
        <h2 className="month__title">{format(month, 'MMMM yyyy', { locale: dateLocale })}</h2>
        <Button variant="quiet" onPress={() => setMonth((current) => addMonths(current, 1))} aria-label={t('agenda.month.next')}>
          →
        </Button>
      </div>
      <table className="month__grid">
        <thead>
          <tr>
            {weekdays.map((weekday) => (
              <th key={weekday} scope="col">
                {weekday}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: days.length / 7 }, (_, week) => (
            <tr key={week}>
              {days.slice(week * 7, week * 7 + 7).map((day) => {
                const key = toCalendarDate(day);
                const items = byDay.get(key) ?? [];
                const isToday = key === agenda.today;
                return (
                  <td
                    key={key}
                    className={`month__day${isSameMonth(day, month) ? '' : ' month__day--other'}${isToday ? ' month__day--today' : ''}`}
                  >
                    <span className="month__date">
                      <time dateTime={key}>{format(day, 'd')}</time>
                      {isToday && <span className="month__today"> {t('agenda.today')}</span>}
                    </span>
                    <ul>
                      {items.slice(0, PER_DAY).map((item) => (
                        <li key={item.key} className={item.daysLate > 0 ? 'month__item month__item--late' : 'month__item'}>
                          <Link to={item.route}>{itemSentence(t, item)}</Link>
                        </li>
                      ))}
                      {items.length > PER_DAY && (
                        <li className="month__more">{t('agenda.month.more', { count: items.length - PER_DAY })}</li>
                      )}
                    </ul>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
};
