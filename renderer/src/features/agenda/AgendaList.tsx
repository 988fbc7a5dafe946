import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { agendaGroups } from '../../../../shared/domain/agenda';
import type { Agenda } from '../../../../shared/schemas/agenda';
import { DueLabel } from './DueLabel';
import { itemSentence } from './sentence';

/** The agenda as four groups (overdue, this week, this month, later), each with its counter. */
export const AgendaList = ({ agenda }: { agenda: Agenda }) => {
  const { t } = useTranslation();
  return (
    <div className="agenda">
      {agendaGroups.map((group) => {
        const items = agenda.items.filter((item) => item.group === group);
        return (
          <section key={group} className={`agenda__group agenda__group--${group}`} aria-labelledby={`agenda-${group}`}>
            <h2 id={`agenda-${group}`} className="agenda__title">
              {t(`agenda.groups.${group}`)}{' '}
              <span className="agenda__count">({t('agenda.count', { count: agenda.counts[group] ?? 0 })})</span>
            </h2>
            {items.length === 0 ? (
              <p className="agenda__empty">{t('agenda.emptyGroup')}</p>
            ) : (
              <ul className="agenda__items">
                {items.map((item) => (
                  <li key={item.key} className="agenda-item">
                    <span className="agenda-item__kind">{t(`agenda.kinds.${item.kind}`)}</span>
                    <Link to={item.route} className="agenda-item__what">
                      {itemSentence(t, item)}
                    </Link>
                    <span className="agenda-item__who">{item.responsibleName ?? t('agenda.nobody')}</span>
                    <DueLabel item={item} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
};
