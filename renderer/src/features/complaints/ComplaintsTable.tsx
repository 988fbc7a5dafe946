import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Complaint } from '../../../../shared/schemas/complaints';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';

/** The register's rows: who complained, about what, by when an answer was due, and how long it took, and what its analysis found. */
export const ComplaintsTable = ({ complaints }: { complaints: Complaint[] }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const date = (value: string | null) => (value ? formatCalendarDate(value, dateLocale) : t('common.none'));
  return (
    <div className="table-scroller table-scroller--fit" role="region" aria-label={t('complaints.list')} tabIndex={0}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('complaints.field.reference')}</th>
            <th scope="col">{t('complaints.field.receivedOn')}</th>
            <th scope="col">{t('complaints.field.complainantKind')}</th>
            <th scope="col">{t('complaints.field.subject')}</th>
            <th scope="col">{t('complaints.field.responseDue')}</th>
            <th scope="col">{t('complaints.field.responseDays')}</th>
            <th scope="col">{t('complaints.field.state')}</th>
            <th scope="col">{t('complaints.field.analysis')}</th>
            <th scope="col">{t('complaints.field.nonconformity')}</th>
          </tr>
        </thead>
        <tbody>
          {complaints.map((complaint) => (
            <tr key={complaint.id}>
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
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
