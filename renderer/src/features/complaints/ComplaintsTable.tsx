import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Complaint } from '../../../../shared/schemas/complaints';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { VirtualTable } from '../../ui/VirtualTable';

/**
 * The register's rows (only those in view rendered: a réclamation or two a week fill hundreds over
 * the years): who complained, about what, by when an answer was due, and how long it took, and what its analysis found.
 */
export const ComplaintsTable = ({ complaints }: { complaints: Complaint[] }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const date = (value: string | null) => (value ? formatCalendarDate(value, dateLocale) : t('common.none'));
  const fields = [
    'reference',
    'receivedOn',
    'complainantKind',
    'subject',
    'responseDue',
    'responseDays',
    'state',
    'analysis',
    'nonconformity',
  ] as const;
  return (
    <VirtualTable
      label={t('complaints.list')}
      headers={fields.map((field) => t(`complaints.field.${field}`))}
      rows={complaints}
      rowKey={(complaint) => complaint.id}
      cells={(complaint) => (
        <>
          <td className="nowrap">
            <Link to={`/reclamations/${complaint.id}`} className="reference">
              {complaint.reference}
            </Link>
          </td>
          <td>{date(complaint.receivedOn)}</td>
          <td>
            {t(`complaints.complainantKind.${complaint.complainantKind}`)}
            {complaint.complainant && <span className="cell-detail">{complaint.complainant}</span>}
          </td>
          <td className="col-subject">{complaint.subject}</td>
          <td>{date(complaint.responseDue)}</td>
          <td className="nowrap">
            {complaint.responseDays === null ? t('common.none') : t('complaints.days', { count: complaint.responseDays })}
          </td>
          <td>
            <span className={`badge badge--complaint-${complaint.state}`}>{t(`complaints.state.${complaint.state}`)}</span>
            {complaint.respondedOn && (
              <span className="cell-detail">{t('complaints.respondedOn', { date: date(complaint.respondedOn) })}</span>
            )}
          </td>
          <td>
            {complaint.founded === null ? (
              <span className="cell-detail">{t('complaints.notAnalysed')}</span>
            ) : (
              t(`complaints.founded.${complaint.founded}`)
            )}
            {complaint.action && <span className="cell-detail">{complaint.action.reference}</span>}
          </td>
          <td className="nowrap">
            {complaint.nonconformity ? (
              <Link to={`/non-conformites/${complaint.nonconformity.id}`} className="reference">
                {complaint.nonconformity.reference}
              </Link>
            ) : (
              t('common.none')
            )}
          </td>
        </>
      )}
    />
  );
};
