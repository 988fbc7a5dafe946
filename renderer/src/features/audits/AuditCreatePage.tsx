import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { AuditForm } from './AuditForm';
import { useAuditMove } from './hooks';

/** "Nouvel audit": the form (for a certification when coming from its page), then the audit's page. */
export const AuditCreatePage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const create = useAuditMove('audits.create');
  const certificationId = Number(params.get('certification')) || null;
  return (
    <>
      <PageHeader title={t('audits.newTitle')} />
      <AuditForm
        defaultValues={{
          type: certificationId ? 'surveillance' : 'interne',
          certificationId,
          title: '',
          startDate: null,
          endDate: null,
          reportNotifiedOn: null,
          status: 'planifie',
          leadAuditor: null,
          auditors: [],
          auditeeIds: [],
          processIds: [],
          requirementIds: [],
          notes: '',
        }}
        submitLabel={t('common.create')}
        onSubmit={async (fields) => {
          const created = await create.mutateAsync(fields);
          void navigate(`/audits/${created.id}`, { state: { notice: t('audits.created', { reference: created.reference }) } });
        }}
        onCancel={() => void navigate(-1)}
      />
    </>
  );
};
