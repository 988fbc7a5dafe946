import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { CertificationForm, emptyCertification } from './CertificationForm';
import { useCreateCertification } from './hooks';

/** "Nouvelle certification": the form, then the certification's page with its proposed cycle. */
export const CertificationCreatePage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCertification();
  return (
    <>
      <PageHeader title={t('certifications.newTitle')} />
      <CertificationForm
        defaultValues={emptyCertification}
        submitLabel={t('common.create')}
        onSubmit={async (fields) => {
          const created = await create.mutateAsync(fields);
          void navigate(`/certifications/${created.id}`, { state: { notice: t('certifications.created', { scheme: created.scheme }) } });
        }}
        onCancel={() => void navigate('/certifications')}
      />
    </>
  );
};
