import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AuditProgramme } from '../../../../shared/schemas/audits';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { AuditStatusBadge } from '../common/auditDisplay';

type Audits = AuditProgramme['audits'];

/** One column header per internal audit of the cycle: its reference (a link), date and status. */
export const ProgrammeAuditHeaders = ({ audits }: { audits: Audits }) => {
  const { dateLocale } = useLocale();
  return audits.map((audit) => (
    <th scope="col" key={audit.id} className="programme__audit">
      <Link to={`/audits/${audit.id}`} className="reference">
        {audit.reference}
      </Link>
      <span className="programme__date">{formatCalendarDate(audit.startDate, dateLocale)}</span>
      <AuditStatusBadge status={audit.status} />
    </th>
  ));
};

/** One cell per audit: "Audité" in words (and a dot) where the audit covers the row. */
export const ProgrammeCells = ({ audits, covered }: { audits: Audits; covered: ReadonlySet<number> }) => {
  const { t } = useTranslation();
  return audits.map((audit) => (
    <td key={audit.id} className="programme__cell">
      {covered.has(audit.id) ? (
        <>
          <span aria-hidden="true">● </span>
          {t('audits.programme.audited')}
        </>
      ) : (
        <span className="programme__none">{t('common.none')}</span>
      )}
    </td>
  ));
};
