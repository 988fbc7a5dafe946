import type { ReactNode } from 'react';
import { useController } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { z } from 'zod';
import { nonconformityFieldsSchema, type NonconformityFields } from '../../../../shared/schemas/nonconformities';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormSelectField, FormTextAreaField } from '../../ui/FormFields';
import { FormPersonField } from '../people/FormPersonField';
import { ncOptions } from '../common/loopOptions';
import { RequirementsField } from './RequirementsField';
import { FormProcessField } from '../processes/FormProcessField';

type NonconformityFormProps = {
  defaultValues: NonconformityFields;
  onSubmit: (fields: z.output<typeof nonconformityFieldsSchema>) => Promise<unknown>;
  onCancel?: () => void;
  submitLabel: string;
  /** Where the fields sit in the method's input (`fields.` for an update). */
  serverPrefix?: string;
  /** Shown first: the origin, chosen when the nonconformity is opened by hand. */
  children?: ReactNode;
};

/** The register's fields of a nonconformity: when and by whom it was detected, where, against what, how serious. */
export const NonconformityForm = ({ defaultValues, onSubmit, onCancel, submitLabel, serverPrefix, children }: NonconformityFormProps) => {
  const { t } = useTranslation();
  const { control, formState, formError, submit } = useServerForm(nonconformityFieldsSchema, { defaultValues, onSubmit, serverPrefix });
  const requirements = useController({ control, name: 'requirementIds' });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      {children}
      <FormTextAreaField control={control} name="description" label={t('nonconformities.field.description')} isRequired maxLength={4000} />
      <div className="form__row">
        <FormSelectField
          control={control}
          name="severity"
          label={t('nonconformities.field.severity')}
          options={ncOptions(t).severities}
          isRequired
        />
        <FormDateField control={control} name="detectedOn" label={t('nonconformities.field.detectedOn')} isRequired />
      </div>
      <div className="form__row">
        <FormPersonField control={control} name="detectedById" label={t('nonconformities.field.detectedById')} />
        <FormProcessField control={control} name="processId" label={t('nonconformities.field.processId')} />
      </div>
      <RequirementsField
        value={requirements.field.value}
        onChange={requirements.field.onChange}
        error={requirements.fieldState.error?.message}
      />
      <FormActions submitLabel={submitLabel} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};
