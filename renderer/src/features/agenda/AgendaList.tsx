import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { agendaGroups } from '../../../../shared/domain/agenda';
import type { Agenda, AgendaItem } from '../../../../shared/schemas/agenda';
import { Button } from '../../ui/Button';
import { DueLabel } from './DueLabel';
import { itemSentence } from './sentence';

/** Lines shown per group before "show all": a long backlog stays readable and the screen fast. */
const FIRST_LINES = 30;

type GroupProps = {
  id: string;
  title: string;
  items: AgendaItem[];
  help?: string;
  expanded: boolean;
  onExpand: () => void;
};

/** One group of the agenda with its counter; an empty one shrinks to its title. */
const AgendaGroup = ({ id, title, items: all, help, expanded, onExpand }: GroupProps) => {
  const { t } = useTranslation();
  const items = expanded ? all : all.slice(0, FIRST_LINES);
  return (
    <section
      className={`agenda__group agenda__group--${id}${all.length === 0 ? ' agenda__group--empty' : ''}`}
      aria-labelledby={`agenda-${id}`}
    >
      <h2 id={`agenda-${id}`} className="agenda__title">
        {title} <span className="agenda__count">({t('agenda.count', { count: all.length })})</span>
      </h2>
      {help && all.length > 0 && <p className="form__help">{help}</p>}
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
        <Button variant="quiet" onPress={onExpand}>
          {t('agenda.showAll', { count: all.length })}
        </Button>
      )}
    </section>
  );
};

/**
 * The agenda as four groups (overdue, this week, this month, later), each with its counter. With
 * `unassignedApart` (« Mes tâches »), what nobody is responsible for comes after them in a group of
 * its own, « Sans responsable », so the user tells their tasks from those that fall to the quality lead.
 */
export const AgendaList = ({ agenda, unassignedApart = false }: { agenda: Agenda; unassignedApart?: boolean }) => {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const isApart = (item: AgendaItem) => unassignedApart && item.responsibleId === null;
  const expand = (id: string) => () => setExpanded((current) => new Set([...current, id]));
  return (
    <div className="agenda">
      {agendaGroups.map((group) => (
        <AgendaGroup
          key={group}
          id={group}
          title={t(`agenda.groups.${group}`)}
          items={agenda.items.filter((item) => item.group === group && !isApart(item))}
          expanded={expanded.has(group)}
          onExpand={expand(group)}
        />
      ))}
      {unassignedApart && (
        <AgendaGroup
          id="unassigned"
          title={t('agenda.unassigned')}
          help={t('agenda.unassignedHelp')}
          items={agenda.items.filter(isApart)}
          expanded={expanded.has('unassigned')}
          onExpand={expand('unassigned')}
        />
      )}
    </div>
  );
};
