import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../ui/PageHeader';
import { DocumentCreateForm } from './DocumentCreateForm';
import { useCreateDocument } from './hooks';

/** "Nouveau document": the form, then the new document's page. */
export const DocumentCreatePage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateDocument();
  return (
    <>
      <PageHeader title={t('documents.newTitle')} />
      <DocumentCreateForm
        onSubmit={async (input) => {
          const created = await create.mutateAsync(input);
          void navigate(`/documents/${created.id}`, { state: { notice: t('documents.created', { reference: created.reference }) } });
        }}
        onCancel={() => void navigate('/documents')}
      />
    </>
  );
};
