import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QualityDocument } from '../../../../shared/schemas/documents';
import { todayOnThisComputer } from '../../app/today';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { VirtualTable } from '../../ui/VirtualTable';
import { ReviewBadge } from './ReviewBadge';

/**
 * The register's documents loaded so far (`rowCount` in all) as a table; only the rows in view are
 * rendered, so thousands of documents stay fast, and `onNearEnd` asks for the next page as the user nears the last.
 */
export const DocumentsTable = ({
  documents,
  rowCount,
  onNearEnd,
}: {
  documents: QualityDocument[];
  rowCount?: number;
  onNearEnd?: () => void;
}) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const today = todayOnThisComputer();
  return (
    <VirtualTable
      label={t('documents.list')}
      headers={(['reference', 'title', 'type', 'status', 'process', 'owner', 'nextReviewDue'] as const).map((field) =>
        t(`documents.field.${field}`),
      )}
      // Type and process give way first in a narrow window (the filters still offer them).
      lowPriority={[2, 4]}
      rows={documents}
      rowCount={rowCount}
      onNearEnd={onNearEnd}
      rowKey={(doc) => doc.id}
      cells={(doc) => (
        <>
          <td className="nowrap">
            <Link to={`/documents/${doc.id}`} className="reference">
              {doc.reference}
            </Link>
          </td>
          <td className="col-title">
            <Link to={`/documents/${doc.id}`}>{doc.title}</Link>
          </td>
          <td className="nowrap col-low">{t(`documents.type.${doc.type}`)}</td>
          <td className="nowrap">{t(`documents.status.${doc.status}`)}</td>
          <td className="col-low">{doc.processName ?? t('common.none')}</td>
          <td>{doc.ownerName ?? t('common.none')}</td>
          <td>
            <div className="review-cell">
              <span className="nowrap">{doc.nextReviewDue ? formatCalendarDate(doc.nextReviewDue, dateLocale) : t('common.none')}</span>
              <ReviewBadge document={doc} today={today} />
            </div>
          </td>
        </>
      )}
    />
  );
};
