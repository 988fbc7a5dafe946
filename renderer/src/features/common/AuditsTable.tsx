import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Audit } from '../../../../shared/schemas/audits';
import { VirtualTable } from '../../ui/VirtualTable';
import { AuditStatusBadge, findingTotal, useDateRange } from './auditDisplay';

/**
 * Audits as a table: reference, what, when, status, who leads, how many findings. Only the rows in
 * view are rendered: ten years of a large structure hold some 300 audits.
 */
export const AuditsTable = ({ audits, showCertification = false }: { audits: readonly Audit[]; showCertification?: boolean }) => {
  const { t } = useTranslation();
  const range = useDateRange();
  const fields = [
    'reference',
    'type',
    ...(showCertification ? (['certification'] as const) : []),
    'dates',
    'status',
    'leadAuditor',
    'findings',
  ] as const;
  return (
    <VirtualTable
      label={t('audits.list')}
      headers={fields.map((field) => t(`audits.field.${field}`))}
      rows={audits}
      rowKey={(audit) => audit.id}
      rowClassName={(audit) => (audit.status === 'annule' ? 'row--inactive' : undefined)}
      cells={(audit) => (
        <>
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
        </>
      )}
    />
  );
};
