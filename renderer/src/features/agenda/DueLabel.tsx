import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/schemas/agenda';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';

/** "12 mars 2027 — en retard de 3 jours": the date in words and how far it is, readable without colour. */
export const DueLabel = ({ item }: { item: Pick<AgendaItem, 'due' | 'daysLate'> }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const distance =
    item.daysLate > 0
      ? t('agenda.daysLate', { count: item.daysLate })
      : item.daysLate === 0
        ? t('agenda.today')
        : t('agenda.inDays', { count: -item.daysLate });
  return (
    <span className={`due${item.daysLate > 0 ? ' due--late' : ''}`}>
      <time dateTime={item.due}>{formatCalendarDate(item.due, dateLocale)}</time>
      <span className="due__distance">
        {item.daysLate > 0 && <span aria-hidden="true">⚠ </span>}
        {distance}
      </span>
    </span>
  );
};
