import { Controller, FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { z } from 'zod';
import { DEFAULT_REVIEW_PERIOD_MONTHS } from '../../../../shared/domain/documents';
import { documentCreateSchema } from '../../../../shared/schemas/documents';
import { useServerForm } from '../../api/useServerForm';
import { DateField } from '../../ui/DateField';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { SelectField } from '../../ui/SelectField';
import { PersonField } from '../people/PersonField';
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
        <Controller
          control={control}
          name="initialStatus"
          render={({ field }) => (
            <SelectField
              label={t('documents.field.initialStatus')}
              isRequired
              options={statusOptions}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={formState.errors.initialStatus?.message}
              description={t('documents.initialStatusHelp')}
            />
          )}
        />
        {inForce && (
          <div className="form__row form__row--three">
            <Controller
              control={control}
              name="effectiveDate"
              render={({ field }) => (
                <DateField
                  label={t('documents.field.effectiveDate')}
                  isRequired
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={formState.errors.effectiveDate?.message}
                  description={t('documents.effectiveDateHelp')}
                />
              )}
            />
            <Controller
              control={control}
              name="approvedById"
              render={({ field }) => (
                <PersonField
                  label={t('documents.field.approvedById')}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={formState.errors.approvedById?.message}
                />
              )}
            />
            <Controller
              control={control}
              name="approvedOn"
              render={({ field }) => (
                <DateField
                  label={t('documents.field.approvedOn')}
                  value={field.value}
                  onChange={field.onChange}
                  onBlur={field.onBlur}
                  error={formState.errors.approvedOn?.message}
                />
              )}
            />
          </div>
        )}
        <FormActions submitLabel={t('common.create')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
      </Form>
    </FormProvider>
  );
};
