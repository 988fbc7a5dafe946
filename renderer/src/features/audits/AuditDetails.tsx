import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Audit } from '../../../../shared/schemas/audits';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { useCyclePlan } from '../common/lookups';
import { cycleSlotLabel } from '../common/cycleSlot';
import { AuditStatusBadge, useDateRange } from '../common/auditDisplay';

/** The audit's record, its team and its scope. */
export const AuditDetails = ({ audit }: { audit: Audit }) => {
  const { t } = useTranslation();
  const range = useDateRange();
  const { dateLocale } = useLocale();
  const none = t('common.none');
  // A cycle audit's window as the plan computes it today (it follows what was held), else as planned.
  const plan = useCyclePlan(audit.certificationId ?? 0, audit.certificationId !== null && audit.cycleSlot !== null);
  const proposal = plan.data?.proposals.find((candidate) => candidate.slot === audit.cycleSlot);
  const window = proposal
    ? { from: proposal.windowStart, to: proposal.windowEnd }
    : audit.windowStart && audit.windowEnd
      ? { from: audit.windowStart, to: audit.windowEnd }
      : null;
  const auditor = (member: { personId: number | null; name: string }) =>
    member.personId === null ? `${member.name} (${t('audits.auditor.externalShort')})` : member.name;
  return (
    <section aria-label={t('audits.details')}>
      <dl className="details">
        <dt>{t('audits.field.type')}</dt>
        <dd>{t(`audits.type.${audit.type}`)}</dd>
        <dt>{t('audits.field.certification')}</dt>
        <dd>
          {audit.certificationId === null ? none : <Link to={`/certifications/${audit.certificationId}`}>{audit.certificationScheme}</Link>}
        </dd>
        <dt>{t('audits.field.dates')}</dt>
        <dd>{range(audit.startDate, audit.endDate)}</dd>
        {audit.reportNotifiedOn && (
          <>
            <dt>{t('audits.field.reportNotifiedOn')}</dt>
            <dd>{formatCalendarDate(audit.reportNotifiedOn, dateLocale)}</dd>
          </>
        )}
        {window && (
          <>
            <dt>{t('audits.field.window')}</dt>
            <dd>
              {audit.cycleSlot && `${cycleSlotLabel(t, audit.cycleSlot)} — `}
              {range(window.from, window.to)}
            </dd>
          </>
        )}
        <dt>{t('audits.field.status')}</dt>
        <dd>
          <AuditStatusBadge status={audit.status} />
        </dd>
        <dt>{t('audits.field.leadAuditor')}</dt>
        <dd>{audit.leadAuditor ? auditor(audit.leadAuditor) : none}</dd>
        <dt>{t('audits.field.auditors')}</dt>
        <dd>{audit.auditors.length === 0 ? none : audit.auditors.map(auditor).join(', ')}</dd>
        <dt>{t('audits.field.auditees')}</dt>
        <dd>{audit.auditees.length === 0 ? none : audit.auditees.map((auditee) => auditee.name).join(', ')}</dd>
        <dt>{t('audits.field.processes')}</dt>
        <dd>{audit.processes.length === 0 ? none : audit.processes.map((process) => process.name).join(', ')}</dd>
        <dt>{t('audits.field.requirements')}</dt>
        <dd>
          {audit.requirements.length === 0 ? (
            none
          ) : (
            <ul className="inline-list">
              {audit.requirements.map((requirement) => (
                <li key={requirement.id}>
                  <Link to={`/exigences/${requirement.id}`}>
                    <span className="req-number">{requirement.number}</span> {requirement.title}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </dd>
        {audit.notes && (
          <>
            <dt>{t('audits.field.notes')}</dt>
            <dd className="pre-line">{audit.notes}</dd>
          </>
        )}
      </dl>
    </section>
  );
};
