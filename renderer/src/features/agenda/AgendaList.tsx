import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { agendaGroups } from '../../../../shared/domain/agenda';
import type { Agenda } from '../../../../shared/schemas/agenda';
import { Button } from '../../ui/Button';
import { AgendaBacklog } from './AgendaBacklog';
import { DueLabel } from './DueLabel';
import { itemSentence } from './sentence';

/** Lines shown per group before "show all": a long backlog stays readable and the screen fast. */
const FIRST_LINES = 30;

/** The agenda as four groups (overdue, this week, this month, later), each with its counter; the old overdue ones counted per kind. */
export const AgendaList = ({ agenda }: { agenda: Agenda }) => {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  return (
    <div className="agenda">
      {agendaGroups.map((group) => {
        const all = agenda.items.filter((item) => item.group === group);
        const items = expanded.has(group) ? all : all.slice(0, FIRST_LINES);
        return (
          <section
            key={group}
            className={`agenda__group agenda__group--${group}${(agenda.counts[group] ?? 0) === 0 ? ' agenda__group--empty' : ''}`}
            aria-labelledby={`agenda-${group}`}
          >
            <h2 id={`agenda-${group}`} className="agenda__title">
              {t(`agenda.groups.${group}`)}{' '}
              <span className="agenda__count">({t('agenda.count', { count: agenda.counts[group] ?? 0 })})</span>
            </h2>
            {items.length > 0 && (
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
            {items.length < all.length && (
              <Button variant="quiet" onPress={() => setExpanded((current) => new Set([...current, group]))}>
                {t('agenda.showAll', { count: all.length })}
              </Button>
            )}
            {group === 'overdue' && <AgendaBacklog agenda={agenda} />}
          </section>
        );
      })}
    </div>
  );
};
