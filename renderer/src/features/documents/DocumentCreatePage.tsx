import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { DEFAULT_REVIEW_PERIOD_MONTHS } from '../../../../shared/domain/documents';
import { PageHeader } from '../../ui/PageHeader';
import { DocumentForm } from './DocumentForm';
import { useCreateDocument } from './hooks';

/** "Nouveau document": the form, then the new document's page. */
export const DocumentCreatePage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateDocument();
  return (
    <>
      <PageHeader title={t('documents.newTitle')} />
      <DocumentForm
        defaultValues={{
          title: '',
          type: 'procedure',
          status: 'brouillon',
          processId: null,
          ownerId: null,
          reviewPeriodMonths: DEFAULT_REVIEW_PERIOD_MONTHS,
          lastReviewDate: null,
        }}
        submitLabel={t('common.create')}
        onSubmit={async (fields) => {
          const created = await create.mutateAsync(fields);
          void navigate(`/documents/${created.id}`, { state: { notice: t('documents.created', { reference: created.reference }) } });
        }}
        onCancel={() => void navigate('/documents')}
      />
    </>
  );
};
