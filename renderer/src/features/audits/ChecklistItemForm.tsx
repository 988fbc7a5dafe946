import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { z } from 'zod';
import { checklistItemFieldsSchema, type ChecklistItemFields } from '../../../../shared/schemas/audits';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { SelectField } from '../../ui/SelectField';
import { FormTextAreaField } from '../../ui/FormFields';
import { resultOptions, UNANSWERED } from './checklistLabels';
import { RequirementField } from './RequirementField';
import { FormProcessField } from '../processes/FormProcessField';

type ChecklistItemFormProps = {
  defaultValues: ChecklistItemFields;
  submitLabel: string;
  onSubmit: (fields: z.output<typeof checklistItemFieldsSchema>) => Promise<unknown>;
  onCancel: () => void;
};

/** A checklist question: what it checks (a requirement, a process, or both), the question, its result. */
export const ChecklistItemForm = ({ defaultValues, submitLabel, onSubmit, onCancel }: ChecklistItemFormProps) => {
  const { t } = useTranslation();
  const form = useServerForm(checklistItemFieldsSchema, { defaultValues, onSubmit, serverPrefix: 'fields.' });
  const { control, formState } = form;
  const error = (name: keyof ChecklistItemFields) => formState.errors[name]?.message;
  return (
    <Form className="form" onSubmit={(event) => void form.submit(event)} validationBehavior="aria">
      <FormAlert message={form.formError} />
      <div className="form__row">
        <Controller
          control={control}
          name="requirementId"
          render={({ field }) => (
            <RequirementField
              label={t('audits.checklist.requirement')}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={error('requirementId')}
            />
          )}
        />
        <FormProcessField
          control={control}
          name="processId"
          label={t('audits.checklist.process')}
          noneLabel={t('audits.checklist.noProcess')}
        />
      </div>
      <FormTextAreaField control={control} name="question" label={t('audits.checklist.question')} isRequired rows={2} maxLength={1000} />
      <Controller
        control={control}
        name="result"
        render={({ field }) => (
          <SelectField
            label={t('audits.checklist.result')}
            options={resultOptions(t)}
            value={field.value ?? UNANSWERED}
            onChange={(key) => field.onChange(key === null || key === UNANSWERED ? null : key)}
            onBlur={field.onBlur}
            error={error('result')}
          />
        )}
      />
      <FormTextAreaField control={control} name="comment" label={t('audits.checklist.comment')} rows={2} maxLength={2000} />
      <FormActions submitLabel={submitLabel} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};
