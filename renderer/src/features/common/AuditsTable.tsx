import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Audit } from '../../../../shared/schemas/audits';
import { AuditStatusBadge, findingTotal, useDateRange } from './auditDisplay';

/** Audits as a table: reference, what, when, status, who leads, how many findings. */
export const AuditsTable = ({ audits, showCertification = false }: { audits: readonly Audit[]; showCertification?: boolean }) => {
  const { t } = useTranslation();
  const range = useDateRange();
  return (
    <div className="table-scroller table-scroller--auto" role="region" aria-label={t('audits.list')} tabIndex={0}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('audits.field.reference')}</th>
            <th scope="col">{t('audits.field.type')}</th>
            {showCertification && <th scope="col">{t('audits.field.certification')}</th>}
            <th scope="col">{t('audits.field.dates')}</th>
            <th scope="col">{t('audits.field.status')}</th>
            <th scope="col">{t('audits.field.leadAuditor')}</th>
            <th scope="col">{t('audits.field.findings')}</th>
          </tr>
        </thead>
        <tbody>
          {audits.map((audit) => (
            <tr key={audit.id} className={audit.status === 'annule' ? 'row--inactive' : undefined}>
              <td className="nowrap">
                <Link to={`/audits/${audit.id}`} className="reference">
                  {audit.reference}
                </Link>
              </td>
              <td className="col-title">
                {t(`audits.type.${audit.type}`)}
                {audit.title && <span className="link-list__meta"> — {audit.title}</span>}
              </td>
              {showCertification && <td>{audit.certificationScheme ?? t('common.none')}</td>}
              <td>{range(audit.startDate, audit.endDate)}</td>
              <td>
                <AuditStatusBadge status={audit.status} />
              </td>
              <td>{audit.leadAuditor?.name ?? t('common.none')}</td>
              <td>{findingTotal(audit.findingCounts)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
