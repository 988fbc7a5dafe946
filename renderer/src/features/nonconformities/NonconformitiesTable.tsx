import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { NonconformitySummary } from '../../../../shared/schemas/nonconformities';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';

/** The register's rows: where each nonconformity comes from, how serious it is, and how far its loop has gone. */
export const NonconformitiesTable = ({ nonconformities }: { nonconformities: NonconformitySummary[] }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const origin = (nc: NonconformitySummary) => {
    if (nc.finding) return <Link to={`/audits/${nc.finding.auditId}`}>{nc.finding.auditReference}</Link>;
    if (nc.complaint) return <Link to={`/reclamations/${nc.complaint.id}`}>{nc.complaint.reference}</Link>;
    return null;
  };

  return (
    <div className="table-scroller table-scroller--auto" role="region" aria-label={t('nonconformities.list')} tabIndex={0}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('nonconformities.field.reference')}</th>
            <th scope="col">{t('nonconformities.field.severity')}</th>
            <th scope="col">{t('nonconformities.field.description')}</th>
            <th scope="col">{t('nonconformities.field.source')}</th>
            <th scope="col" className="col-low">
              {t('nonconformities.field.process')}
            </th>
            <th scope="col">{t('nonconformities.field.detectedOn')}</th>
            <th scope="col">{t('nonconformities.field.status')}</th>
            <th scope="col">{t('nonconformities.field.progress')}</th>
          </tr>
        </thead>
        <tbody>
          {nonconformities.map((nc) => (
            <tr key={nc.id}>
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
              <td>
                {nc.status === 'close' && nc.closedOn
                  ? t('nonconformities.closure.closedOn', { date: formatCalendarDate(nc.closedOn, dateLocale) })
                  : [
                      nc.actionCount > 0
                        ? t('nonconformities.progress', { done: String(nc.actionsFinished), total: String(nc.actionCount) })
                        : null,
                      nc.checkPlannedOn ? t('nonconformities.checkOn', { date: formatCalendarDate(nc.checkPlannedOn, dateLocale) }) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ') || t('common.none')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
