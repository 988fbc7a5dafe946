import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Agenda } from '../../../../shared/schemas/agenda';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';

/** The overdue obligations older than the list: how many of each kind, since when, and the register to open. */
export const AgendaBacklog = ({ agenda }: { agenda: Agenda }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  if (agenda.backlog.length === 0) return null;
  return (
    <div className="agenda__backlog">
      <h3 className="agenda__backlog-title">{t('agenda.backlog.title', { date: formatCalendarDate(agenda.listedSince, dateLocale) })}</h3>
      <ul className="agenda__items">
        {agenda.backlog.map((old) => (
          <li key={old.kind} className="agenda-item agenda-item--backlog">
            <span className="agenda-item__kind">{t(`agenda.kinds.${old.kind}`)}</span>
            <Link to={old.route} className="agenda-item__what">
              {t('agenda.backlog.count', { count: old.count })}
            </Link>
            <span className="agenda-item__due">{t('agenda.backlog.since', { date: formatCalendarDate(old.oldestDue, dateLocale) })}</span>
          </li>
        ))}
      </ul>
    </div>
  );
};
