import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { agendaGroups } from '../../../../shared/domain/agenda';
import type { Agenda, AgendaItem } from '../../../../shared/schemas/agenda';
import { ShowAllButton, useFirstLines } from '../../ui/list/FirstLines';
import { AgendaBacklog } from './AgendaBacklog';
import { DueLabel } from './DueLabel';
import { itemSentence } from './sentence';

type GroupProps = {
  id: string;
  title: string;
  items: AgendaItem[];
  /** What the counter says: more than the lines when old overdue ones are summarised below them. */
  count: number;
  help?: string;
  /** The lines shown: the first ones, until the user asks for all. */
  lines: readonly AgendaItem[];
  onExpand: () => void;
  children?: ReactNode;
};

/** One group of the agenda with its counter; an empty one shrinks to its title. */
const AgendaGroup = ({ id, title, items: all, count, help, lines: items, onExpand, children }: GroupProps) => {
  const { t } = useTranslation();
  return (
    <section className={`agenda__group agenda__group--${id}${count === 0 ? ' agenda__group--empty' : ''}`} aria-labelledby={`agenda-${id}`}>
      <h2 id={`agenda-${id}`} className="agenda__title">
        {title} <span className="agenda__count">({t('agenda.count', { count })})</span>
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
      <ShowAllButton shown={items.length} total={all.length} label={t('agenda.showAll', { count: all.length })} onPress={onExpand} />
      {children}
    </section>
  );
};

/**
 * The agenda as four groups (overdue, this week, this month, later), each with its counter, the old
 * overdue ones counted per kind under the first. With
 * `unassignedApart` (« Mes tâches »), what nobody is responsible for comes after them in a group of
 * its own, « Sans responsable », so the user tells their tasks from those that fall to the quality lead.
 */
export const AgendaList = ({ agenda, unassignedApart = false }: { agenda: Agenda; unassignedApart?: boolean }) => {
  const { t } = useTranslation();
  const { lines, expand } = useFirstLines();
  const isApart = (item: AgendaItem) => unassignedApart && item.responsibleId === null;
  return (
    <div className="agenda">
      {agendaGroups.map((group) => {
        const listed = agenda.items.filter((item) => item.group === group);
        const apart = listed.filter(isApart).length;
        const items = listed.filter((item) => !isApart(item));
        return (
          <AgendaGroup
            key={group}
            id={group}
            title={t(`agenda.groups.${group}`)}
            items={items}
            count={(agenda.counts[group] ?? 0) - apart}
            lines={lines(group, items)}
            onExpand={expand(group)}
          >
            {group === 'overdue' && <AgendaBacklog agenda={agenda} />}
          </AgendaGroup>
        );
      })}
      {unassignedApart && (
        <AgendaGroup
          id="unassigned"
          title={t('agenda.unassigned')}
          help={t('agenda.unassignedHelp')}
          items={agenda.items.filter(isApart)}
          count={agenda.items.filter(isApart).length}
          lines={lines('unassigned', agenda.items.filter(isApart))}
          onExpand={expand('unassigned')}
        />
      )}
    </div>
  );
};
