import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { z } from 'zod';
import { DEFAULT_REVIEW_PERIOD_MONTHS } from '../../../../shared/domain/documents';
import { documentCreateSchema } from '../../../../shared/schemas/documents';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormSelectField } from '../../ui/FormFields';
import { FormPersonField } from '../people/FormPersonField';
import { DocumentFieldControls } from './DocumentFieldControls';

type DocumentCreateFormProps = {
  onSubmit: (input: z.output<typeof documentCreateSchema>) => Promise<unknown>;
  onCancel: () => void;
};

/** A new document: its register fields, and whether it starts as a draft or is already in force. */
export const DocumentCreateForm = ({ onSubmit, onCancel }: DocumentCreateFormProps) => {
  const { t } = useTranslation();
  const form = useServerForm(documentCreateSchema, {
    defaultValues: {
      title: '',
      type: 'procedure',
      processId: null,
      ownerId: null,
      reviewPeriodMonths: DEFAULT_REVIEW_PERIOD_MONTHS,
      initialStatus: 'brouillon',
      effectiveDate: null,
      approvedById: null,
      approvedOn: null,
    },
    onSubmit,
  });
  const { control, formState } = form;
  const inForce = form.watch('initialStatus') === 'en_vigueur';
  const statusOptions = (['brouillon', 'en_vigueur'] as const).map((status) => ({ id: status, label: t(`documents.status.${status}`) }));
  return (
    <FormProvider {...form}>
      <Form className="form" onSubmit={(event) => void form.submit(event)} validationBehavior="aria">
        <FormAlert message={form.formError} />
        <DocumentFieldControls />
        <FormSelectField
          control={control}
          name="initialStatus"
          label={t('documents.field.initialStatus')}
          isRequired
          options={statusOptions}
          description={t('documents.initialStatusHelp')}
        />
        {inForce && (
          <div className="form__row form__row--three">
            <FormDateField
              control={control}
              name="effectiveDate"
              label={t('documents.field.effectiveDate')}
              isRequired
              description={t('documents.effectiveDateHelp')}
            />
            <FormPersonField control={control} name="approvedById" label={t('documents.field.approvedById')} />
            <FormDateField control={control} name="approvedOn" label={t('documents.field.approvedOn')} />
          </div>
        )}
        <FormActions submitLabel={t('common.create')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
      </Form>
    </FormProvider>
  );
};
