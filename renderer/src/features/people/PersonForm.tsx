import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { z } from 'zod';
import { personFieldsSchema, type PersonFields } from '../../../../shared/schemas/people';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormTextField } from '../../ui/FormFields';

type PersonFormProps = {
  defaultValues: PersonFields;
  submitLabel: string;
  onSubmit: (fields: z.output<typeof personFieldsSchema>) => Promise<unknown>;
  onCancel?: () => void;
};

/** Name and job title of a person in the directory; emptied after an addition. */
export const PersonForm = ({ defaultValues, submitLabel, onSubmit, onCancel }: PersonFormProps) => {
  const { t } = useTranslation();
  const { control, formState, formError, submit, reset } = useServerForm(personFieldsSchema, {
    defaultValues,
    onSubmit: async (fields) => {
      await onSubmit(fields);
      reset(defaultValues);
    },
  });
  return (
    <Form className="form form--inline" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <FormTextField control={control} name="name" label={t('people.name')} isRequired maxLength={120} />
      <FormTextField control={control} name="jobTitle" label={t('people.jobTitle')} maxLength={120} />
      <FormActions submitLabel={submitLabel} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};
