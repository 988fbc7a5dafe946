import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { NonconformitySummary } from '../../../../shared/schemas/nonconformities';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { VirtualTable } from '../../ui/VirtualTable';

/** The process column gives way first in a narrow window (the detail page still shows it). */
const PROCESS_COLUMN = 4;

/**
 * The register's rows loaded so far (`rowCount` in all): where each nonconformity comes from, how
 * serious it is, and how far its loop has gone. Only the rows in view are rendered, so thousands of
 * NCs stay fast; `onNearEnd` asks for the next page as the user nears the last.
 */
export const NonconformitiesTable = ({
  nonconformities,
  rowCount,
  onNearEnd,
}: {
  nonconformities: NonconformitySummary[];
  rowCount?: number;
  onNearEnd?: () => void;
}) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const origin = (nc: NonconformitySummary) => {
    if (nc.finding) return <Link to={`/audits/${nc.finding.auditId}`}>{nc.finding.auditReference}</Link>;
    if (nc.complaint) return <Link to={`/reclamations/${nc.complaint.id}`}>{nc.complaint.reference}</Link>;
    return null;
  };
  const progress = (nc: NonconformitySummary) =>
    nc.status === 'close' && nc.closedOn
      ? t('nonconformities.closure.closedOn', { date: formatCalendarDate(nc.closedOn, dateLocale) })
      : [
          nc.actionCount > 0 ? t('nonconformities.progress', { done: String(nc.actionsFinished), total: String(nc.actionCount) }) : null,
          nc.checkPlannedOn ? t('nonconformities.checkOn', { date: formatCalendarDate(nc.checkPlannedOn, dateLocale) }) : null,
        ]
          .filter(Boolean)
          .join(' · ') || t('common.none');

  return (
    <VirtualTable
      label={t('nonconformities.list')}
      headers={(['reference', 'severity', 'description', 'source', 'process', 'detectedOn', 'status', 'progress'] as const).map((field) =>
        t(`nonconformities.field.${field}`),
      )}
      lowPriority={[PROCESS_COLUMN]}
      rows={nonconformities}
      rowCount={rowCount}
      onNearEnd={onNearEnd}
      rowKey={(nc) => nc.id}
      cells={(nc) => (
        <>
          <td className="nowrap">
            <Link to={`/non-conformites/${nc.id}`} className="reference">
              {nc.reference}
            </Link>
          </td>
          <td className="nowrap">{t(`nonconformities.severity.${nc.severity}`)}</td>
          <td className="col-title">{nc.description}</td>
          <td>
            {t(`nonconformities.source.${nc.source}`)} {origin(nc)}
          </td>
          <td className="col-low">{nc.processName ?? t('common.none')}</td>
          <td className="nowrap">{formatCalendarDate(nc.detectedOn, dateLocale)}</td>
          <td className="nowrap">
            <span className={`badge badge--nc-${nc.status}`}>{t(`nonconformities.status.${nc.status}`)}</span>
          </td>
          <td>{progress(nc)}</td>
        </>
      )}
    />
  );
};
