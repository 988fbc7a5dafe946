import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { z } from 'zod';
import { processKinds } from '../../../../shared/domain/processes';
import { processFieldsSchema, type ProcessFields } from '../../../../shared/schemas/processes';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormSelectField, FormTextField } from '../../ui/FormFields';
import { FormPersonField } from '../people/FormPersonField';

type ProcessFormProps = {
  defaultValues: ProcessFields;
  submitLabel: string;
  onSubmit: (fields: z.output<typeof processFieldsSchema>) => Promise<unknown>;
  onCancel?: () => void;
};

/** Name, family and pilot of a process; emptied after an addition. */
export const ProcessForm = ({ defaultValues, submitLabel, onSubmit, onCancel }: ProcessFormProps) => {
  const { t } = useTranslation();
  const { control, formState, formError, submit, reset } = useServerForm(processFieldsSchema, {
    defaultValues,
    onSubmit: async (fields) => {
      await onSubmit(fields);
      reset(defaultValues);
    },
  });
  const kindOptions = processKinds.map((kind) => ({ id: kind, label: t(`processes.kinds.${kind}`) }));
  return (
    <Form className="form form--inline" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <FormTextField control={control} name="name" label={t('processes.name')} isRequired maxLength={120} />
      <FormSelectField control={control} name="kind" label={t('processes.kind')} isRequired options={kindOptions} />
      <FormPersonField control={control} name="pilotId" label={t('processes.pilot')} />
      <FormActions submitLabel={submitLabel} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};
