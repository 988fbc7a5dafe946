import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QualityDocument } from '../../../../shared/schemas/documents';
import { todayOnThisComputer } from '../../app/today';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { ReviewBadge } from './ReviewBadge';

/** First guess of a row's height; rows are measured once rendered (long titles wrap). */
const ESTIMATED_ROW_HEIGHT = 56;

/** The register as a table; only the rows in view are rendered, so thousands of documents stay fast. */
export const DocumentsTable = ({ documents }: { documents: QualityDocument[] }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const scroller = useRef<HTMLDivElement>(null);
  const today = todayOnThisComputer();
  // TanStack Virtual returns functions the React Compiler must not memoise; this component opts out by design.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: documents.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  return (
    <div className="table-scroller" ref={scroller} tabIndex={0} role="region" aria-label={t('documents.list')}>
      <table className="table" aria-rowcount={documents.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('documents.field.reference')}</th>
            <th scope="col">{t('documents.field.title')}</th>
            <th scope="col">{t('documents.field.type')}</th>
            <th scope="col">{t('documents.field.status')}</th>
            <th scope="col">{t('documents.field.process')}</th>
            <th scope="col">{t('documents.field.owner')}</th>
            <th scope="col">{t('documents.field.nextReviewDue')}</th>
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 && (
            <tr aria-hidden="true">
              <td colSpan={7} style={{ height: paddingTop, padding: 0, border: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const doc = documents[item.index];
            if (!doc) return null;
            return (
              <tr key={doc.id} aria-rowindex={item.index + 2} data-index={item.index} ref={virtualizer.measureElement}>
                <td className="nowrap">
                  <Link to={`/documents/${doc.id}`} className="reference">
                    {doc.reference}
                  </Link>
                </td>
                <td className="col-title">
                  <Link to={`/documents/${doc.id}`}>{doc.title}</Link>
                </td>
                <td className="nowrap">{t(`documents.type.${doc.type}`)}</td>
                <td className="nowrap">{t(`documents.status.${doc.status}`)}</td>
                <td>{doc.processName ?? t('common.none')}</td>
                <td>{doc.ownerName ?? t('common.none')}</td>
                <td>
                  <div className="review-cell">
                    <span className="nowrap">
                      {doc.nextReviewDue ? formatCalendarDate(doc.nextReviewDue, dateLocale) : t('common.none')}
                    </span>
                    <ReviewBadge document={doc} today={today} />
                  </div>
                </td>
              </tr>
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={7} style={{ height: paddingBottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
};
