import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { z } from 'zod';
import { checklistItemFieldsSchema, type ChecklistItemFields } from '../../../../shared/schemas/audits';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { useProcesses } from '../processes/hooks';
import { resultOptions, UNANSWERED } from './checklistLabels';
import { RequirementField } from './RequirementField';

type ChecklistItemFormProps = {
  defaultValues: ChecklistItemFields;
  submitLabel: string;
  onSubmit: (fields: z.output<typeof checklistItemFieldsSchema>) => Promise<unknown>;
  onCancel: () => void;
};

const NONE = 'none';

/** A checklist question: what it checks (a requirement, a process, or both), the question, its result. */
export const ChecklistItemForm = ({ defaultValues, submitLabel, onSubmit, onCancel }: ChecklistItemFormProps) => {
  const { t } = useTranslation();
  const processes = useProcesses();
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
        <Controller
          control={control}
          name="processId"
          render={({ field }) => (
            <SelectField
              label={t('audits.checklist.process')}
              options={[
                { id: NONE, label: t('audits.checklist.noProcess') },
                ...(processes.data ?? []).map((process) => ({ id: String(process.id), label: process.name })),
              ]}
              value={field.value === null ? NONE : String(field.value)}
              onChange={(key) => field.onChange(key === null || key === NONE ? null : Number(key))}
              onBlur={field.onBlur}
              error={error('processId')}
            />
          )}
        />
      </div>
      <Controller
        control={control}
        name="question"
        render={({ field }) => (
          <TextAreaField
            label={t('audits.checklist.question')}
            isRequired
            rows={2}
            value={field.value}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={error('question')}
            maxLength={1000}
          />
        )}
      />
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
      <Controller
        control={control}
        name="comment"
        render={({ field }) => (
          <TextAreaField
            label={t('audits.checklist.comment')}
            rows={2}
            value={field.value ?? ''}
            onChange={field.onChange}
            onBlur={field.onBlur}
            error={error('comment')}
            maxLength={2000}
          />
        )}
      />
      <FormActions submitLabel={submitLabel} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};
