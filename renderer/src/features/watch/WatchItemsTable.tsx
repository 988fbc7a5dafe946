import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WatchItem } from '../../../../shared/schemas/watch';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { VirtualTable } from '../../ui/VirtualTable';

/** The watch's items: noticed when, what, from which source, its impact and where it stands; only the rows in view are rendered (a thousand over ten years). */
export const WatchItemsTable = ({ items }: { items: readonly WatchItem[] }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const fields = ['reference', 'noticedOn', 'title', 'source', 'impact', 'state'] as const;
  return (
    <VirtualTable
      label={t('watch.itemsList')}
      headers={fields.map((field) => t(`watch.field.${field}`))}
      rows={items}
      rowKey={(item) => item.id}
      cells={(item) => (
        <>
          <td className="nowrap">
            <Link to={`/veille/informations/${item.id}`} className="reference">
              {item.reference}
            </Link>
          </td>
          <td>{formatCalendarDate(item.noticedOn, dateLocale)}</td>
          <td className="col-subject">
            {item.title}
            <span className="cell-detail">{t(`watch.domain.${item.domain}`)}</span>
          </td>
          <td>{item.sourceName ?? t('watch.noSource')}</td>
          <td>{item.impact ? t(`watch.impact.${item.impact}`) : t('common.none')}</td>
          <td>
            <span className={`badge badge--watch-${item.state}`}>{t(`watch.state.${item.state}`)}</span>
          </td>
        </>
      )}
    />
  );
};
