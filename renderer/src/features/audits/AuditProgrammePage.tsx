import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { AuditProgramme } from '../../../../shared/schemas/audits';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { PageHeader } from '../../ui/PageHeader';
import { StructureRuleSection } from './StructureRuleSection';
import { SelectField } from '../../ui/SelectField';
import { EmptyState } from '../../ui/States';
import { useCertifications } from '../common/lookups';
import { useProgramme } from './hooks';
import { ProgrammeAuditHeaders, ProgrammeCells } from './ProgrammeCells';
import { ProgrammeRequirements } from './ProgrammeRequirements';
import { QueryFallback } from '../../ui/list/QueryView';

const AUTO = 'auto';

/** The warnings first, worded by the backend, each pointing at the audit or process concerned. */
const Warnings = ({ programme }: { programme: AuditProgramme }) => {
  const { t } = useTranslation();
  if (programme.warnings.length === 0) return <p className="programme__ok">✓ {t('audits.programme.noWarnings')}</p>;
  return (
    <ul className="warnings">
      {programme.warnings.map((warning, index) => (
        <li key={`${warning.kind}-${warning.processId}-${warning.auditId ?? index}`} className={`warning warning--${warning.kind}`}>
          <span className="warning__kind">
            <span aria-hidden="true">⚠ </span>
            {t(`audits.programme.warningKind.${warning.kind}`)} :
          </span>{' '}
          {warning.message}
          {warning.auditId !== null && (
            <>
              {' '}
              <Link to={`/audits/${warning.auditId}`}>{t('audits.programme.openAudit')}</Link>
            </>
          )}
        </li>
      ))}
    </ul>
  );
};

/** Processes down, internal audits across: which audit covers which process within the cycle. */
const Matrix = ({ programme }: { programme: AuditProgramme }) => {
  const { t } = useTranslation();
  const { audits } = programme;
  return (
    <div className="table-scroller table-scroller--auto" role="region" aria-label={t('audits.programme.matrixTable')} tabIndex={0}>
      <table className="table programme">
        <thead>
          <tr>
            <th scope="col">{t('audits.programme.process')}</th>
            <ProgrammeAuditHeaders audits={audits} />
            <th scope="col">{t('audits.programme.auditedCount')}</th>
          </tr>
        </thead>
        <tbody>
          {programme.processes.map((process) => {
            const covered = new Set(process.audits.map((audit) => audit.id));
            return (
              <tr key={process.id} className={covered.size === 0 ? 'programme__gap' : undefined}>
                <th scope="row">
                  {process.name}
                  {process.pilotName && (
                    <span className="programme__pilot">{t('audits.programme.pilot', { name: process.pilotName })}</span>
                  )}
                </th>
                <ProgrammeCells audits={audits} covered={covered} />
                <td>
                  {covered.size === 0 ? (
                    <span className="badge badge--overdue">
                      <span aria-hidden="true">⚠ </span>
                      {t('audits.programme.notAudited')}
                    </span>
                  ) : (
                    covered.size
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
};

/** The internal audit programme over the certification cycle, with its warnings. */
export const AuditProgrammePage = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const [params, setParams] = useSearchParams();
  const certificationId = Number(params.get('certification')) || undefined;
  const programme = useProgramme({ certificationId });
  const certifications = useCertifications();

  const content = () => {
    if (!programme.isSuccess) return <QueryFallback query={programme} />;
    const { cycle, processes } = programme.data;
    return (
      <>
        <p className="count" role="status">
          {t('audits.programme.cycle', { from: formatCalendarDate(cycle.from, dateLocale), to: formatCalendarDate(cycle.to, dateLocale) })}
        </p>
        <section className="section" aria-labelledby="programme-warnings">
          <h2 id="programme-warnings">{t('audits.programme.warnings')}</h2>
          <Warnings programme={programme.data} />
        </section>
        <section className="section" aria-labelledby="programme-matrix">
          <h2 id="programme-matrix">{t('audits.programme.matrix')}</h2>
          {processes.length === 0 ? (
            <EmptyState title={t('audits.programme.emptyTitle')}>{t('audits.programme.emptyText')}</EmptyState>
          ) : (
            <Matrix programme={programme.data} />
          )}
        </section>
        <section className="section" aria-labelledby="programme-requirements">
          <h2 id="programme-requirements">{t('audits.programme.requirements.title')}</h2>
          <ProgrammeRequirements programme={programme.data} />
        </section>
      </>
    );
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/audits">← {t('audits.title')}</Link>
      </p>
      <PageHeader title={t('audits.programme.title')} subtitle={t('audits.programme.subtitle')} />
      <section className="filters" aria-label={t('audits.programme.certification')}>
        <SelectField
          label={t('audits.programme.certification')}
          options={[
            { id: AUTO, label: t('audits.programme.automatic') },
            ...(certifications.data ?? []).map((certification) => ({ id: String(certification.id), label: certification.scheme })),
          ]}
          value={certificationId ? String(certificationId) : AUTO}
          onChange={(value) => setParams(value && value !== AUTO ? { certification: value } : {}, { replace: true })}
        />
      </section>
      {content()}
      <StructureRuleSection />
    </>
  );
};
