import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { certificationStatuses } from '../../../../shared/domain/certification';
import type { Certification } from '../../../../shared/schemas/audits';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorState, Loading } from '../../ui/States';
import { AuditsTable } from '../common/AuditsTable';
import { useAuditList } from '../common/lookups';
import { HistoryTimeline } from '../history/HistoryTimeline';
import { CertificationDetails } from './CertificationDetails';
import { CertificationForm } from './CertificationForm';
import { CyclePlanner } from './CyclePlanner';
import { CycleTimeline } from './CycleTimeline';
import { CycleWarnings } from './CycleWarnings';
import { useCyclePlan } from '../common/lookups';
import { useCertification, useUpdateCertification } from './hooks';
import { QueryFallback } from '../../ui/list/QueryView';

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T => list.includes(value as T);
const dateFields = new Set(['decisionDate', 'expiryDate']);

/** The cycle: the planner's proposals and the picture, once the certificate has its two dates. */
const CycleSections = ({ certification, onNotice }: { certification: Certification; onNotice: (message: string) => void }) => {
  const { t } = useTranslation();
  const hasDates = certification.decisionDate !== null && certification.expiryDate !== null;
  // The plan also carries the warnings about nonconformities, which need no dates.
  const plan = useCyclePlan(certification.id, true);
  const audits = useAuditList({ certificationId: certification.id, includeCancelled: true });
  const body = () => {
    if (plan.isPending || audits.isPending) return <Loading />;
    if (plan.isError) return <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />;
    if (audits.isError) return <ErrorState error={audits.error} onRetry={() => void audits.refetch()} />;
    const warnings = (
      <section className="section" aria-labelledby="cycle-warnings">
        <h2 id="cycle-warnings">{t('certifications.warnings.title')}</h2>
        <CycleWarnings warnings={plan.data.warnings} />
      </section>
    );
    if (!hasDates || !certification.decisionDate || !certification.expiryDate) {
      return (
        <>
          <p className="form__help">{t('certifications.plan.needDates')}</p>
          {plan.data.warnings.length > 0 && warnings}
        </>
      );
    }
    return (
      <>
        {warnings}
        <section className="section" aria-labelledby="cycle-picture">
          <h2 id="cycle-picture">{t('certifications.timeline.title')}</h2>
          <CycleTimeline
            decision={certification.decisionDate}
            expiry={certification.expiryDate}
            proposals={plan.data.proposals}
            restoration={plan.data.restoration}
            audits={audits.data}
          />
        </section>
        <section className="section" aria-labelledby="cycle-plan">
          <h2 id="cycle-plan">{t('certifications.plan.title')}</h2>
          <CyclePlanner plan={plan.data} audits={audits.data} onNotice={onNotice} />
        </section>
      </>
    );
  };
  return (
    <>
      {body()}
      <section className="section" aria-labelledby="cycle-audits">
        <h2 id="cycle-audits">{t('certifications.audits.title')}</h2>
        {audits.data && audits.data.length === 0 ? (
          <p>{t('certifications.audits.empty')}</p>
        ) : (
          audits.data && <AuditsTable audits={audits.data} />
        )}
      </section>
    </>
  );
};

/** One certification: its record, its cycle (picture and planner), its audits and its history. */
export const CertificationPage = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const id = Number(useParams().id);
  const location = useLocation();
  const certification = useCertification(id);
  const update = useUpdateCertification();
  const [editing, setEditing] = useState(false);
  const [notice, showNotice] = useNotice();
  const arrivalNotice = (location.state as { notice?: string } | null)?.notice ?? null;

  if (!certification.isSuccess) return <QueryFallback query={certification} />;
  const cert = certification.data;

  const formatValue = (field: string, value: unknown): string => {
    if (field === 'status' && isOneOf(certificationStatuses, value)) return t(`certifications.status.${value}`);
    if (dateFields.has(field) && typeof value === 'string') return formatCalendarDate(value, dateLocale);
    if (typeof value === 'boolean') return value ? t('referentials.yes') : t('referentials.no');
    return String(value);
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/certifications">← {t('certifications.title')}</Link>
      </p>
      <PageHeader
        title={cert.scheme}
        subtitle={[cert.body, cert.certificateNumber].filter(Boolean).join(' — ') || undefined}
        actions={
          !editing && (
            <>
              <Button variant="primary" onPress={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
              <Link className="button" to={`/audits/nouveau?certification=${cert.id}`}>
                {t('certifications.newAudit')}
              </Link>
            </>
          )
        }
      />
      <Notice message={notice ?? arrivalNotice} />
      {editing ? (
        <CertificationForm
          defaultValues={{
            scheme: cert.scheme,
            referentialId: cert.referentialId,
            body: cert.body ?? '',
            certificateNumber: cert.certificateNumber ?? '',
            decisionDate: cert.decisionDate,
            expiryDate: cert.expiryDate,
            status: cert.status,
            isGroup: cert.isGroup,
            groupName: cert.groupName ?? '',
            centralFunction: cert.centralFunction ?? '',
            otherMembers: cert.otherMembers ?? '',
            rules: cert.rules,
          }}
          submitLabel={t('common.save')}
          serverPrefix="fields."
          onSubmit={async (fields) => {
            await update.mutateAsync({ id: cert.id, revision: cert.revision, fields });
            setEditing(false);
            showNotice(t('certifications.updated'));
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <CertificationDetails certification={cert} />
      )}
      <CycleSections certification={cert} onNotice={showNotice} />
      <section className="section" aria-labelledby="certification-history">
        <h2 id="certification-history">{t('certifications.history')}</h2>
        <HistoryTimeline
          entity="certification"
          entityId={cert.id}
          fieldLabel={(field) => t(`certifications.field.${field}` as 'certifications.field.scheme', { defaultValue: field })}
          formatValue={formatValue}
        />
      </section>
    </>
  );
};
