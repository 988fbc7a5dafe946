import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { z } from 'zod';
import { documentFieldsSchema, type DocumentFields } from '../../../../shared/schemas/documents';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { DocumentFieldControls } from './DocumentFieldControls';

type DocumentEditFormProps = {
  defaultValues: DocumentFields;
  onSubmit: (fields: z.output<typeof documentFieldsSchema>) => Promise<unknown>;
  onCancel: () => void;
};

/** Edits a document's register fields; its versions and reviews have their own actions. */
export const DocumentEditForm = ({ defaultValues, onSubmit, onCancel }: DocumentEditFormProps) => {
  const { t } = useTranslation();
  const form = useServerForm(documentFieldsSchema, { defaultValues, onSubmit, serverPrefix: 'fields.' });
  return (
    <FormProvider {...form}>
      <Form className="form" onSubmit={(event) => void form.submit(event)} validationBehavior="aria">
        <FormAlert message={form.formError} />
        <DocumentFieldControls />
        <FormActions submitLabel={t('common.save')} isSubmitting={form.formState.isSubmitting} onCancel={onCancel} />
      </Form>
    </FormProvider>
  );
};
