import { useRef } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { z } from 'zod';
import { defaultResponseDeadline, findingStatuses } from '../../../../shared/domain/audits';
import { cycleRulesFor } from '../../../../shared/domain/certification';
import { findingFieldsSchema, type Audit, type FindingFields, type FindingGrade } from '../../../../shared/schemas/audits';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { SelectField } from '../../ui/SelectField';
import { FormDateField, FormSelectField, FormTextAreaField } from '../../ui/FormFields';
import { RequirementField } from './RequirementField';
import { FormProcessField } from '../processes/FormProcessField';

type FindingFormProps = {
  audit: Pick<Audit, 'endDate' | 'certificationScheme'>;
  grades: readonly FindingGrade[];
  defaultValues: FindingFields;
  submitLabel: string;
  onSubmit: (fields: z.output<typeof findingFieldsSchema>) => Promise<unknown>;
  onCancel: () => void;
};

/**
 * A finding: its grade from the audit's scale, what it concerns, what was seen, and the deadline to
 * answer it. Choosing a grade fills the deadline from the scheme's preset, counted from the audit's
 * last day, unless the user has typed another date.
 */
export const FindingForm = ({ audit, grades, defaultValues, submitLabel, onSubmit, onCancel }: FindingFormProps) => {
  const { t } = useTranslation();
  const rules = cycleRulesFor(audit.certificationScheme ?? '');
  const presetFor = (gradeId: number | null) => {
    const grade = grades.find((candidate) => candidate.id === gradeId);
    return grade ? defaultResponseDeadline(grade.ncSeverity, rules, audit.endDate) : null;
  };
  // The deadline the form last proposed: replaced when the grade changes, unless the user chose another.
  const lastPreset = useRef(presetFor(defaultValues.gradeId ?? null));
  const form = useServerForm(findingFieldsSchema, { defaultValues, onSubmit, serverPrefix: 'fields.' });
  const { control, formState } = form;
  const error = (name: keyof FindingFields) => formState.errors[name]?.message;
  const chosenGrade = form.watch('gradeId') ?? null;
  const preset = presetFor(chosenGrade);
  const deadlineHelp =
    chosenGrade === null
      ? t('audits.findings.responseDueChoose')
      : preset === null
        ? t('audits.findings.responseDueNone')
        : t('audits.findings.responseDueHelp', { rule: t(`audits.findings.rules.${rules}`) });

  const changeGrade = (gradeId: number | null) => {
    form.setValue('gradeId', gradeId, { shouldValidate: formState.isSubmitted });
    const next = presetFor(gradeId);
    const current = form.getValues('responseDue');
    if (current === null || current === lastPreset.current) form.setValue('responseDue', next);
    lastPreset.current = next;
  };

  return (
    <Form className="form" onSubmit={(event) => void form.submit(event)} validationBehavior="aria">
      <FormAlert message={form.formError} />
      <div className="form__row">
        <Controller
          control={control}
          name="gradeId"
          render={({ field }) => (
            <SelectField
              label={t('audits.findings.grade')}
              isRequired
              placeholder={t('common.choose')}
              options={grades.map((grade) => ({ id: String(grade.id), label: grade.label }))}
              value={field.value === null || field.value === undefined ? null : String(field.value)}
              onChange={(key) => changeGrade(key === null ? null : Number(key))}
              onBlur={field.onBlur}
              error={error('gradeId')}
            />
          )}
        />
        <FormSelectField
          control={control}
          name="status"
          label={t('audits.findings.status')}
          isRequired
          options={findingStatuses.map((status) => ({ id: status, label: t(`audits.findings.statuses.${status}`) }))}
        />
      </div>
      <div className="form__row">
        <Controller
          control={control}
          name="requirementId"
          render={({ field }) => (
            <RequirementField
              label={t('audits.findings.requirement')}
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
          label={t('audits.findings.process')}
          noneLabel={t('audits.checklist.noProcess')}
        />
      </div>
      <FormTextAreaField control={control} name="description" label={t('audits.findings.description')} isRequired maxLength={4000} />
      <FormTextAreaField control={control} name="evidence" label={t('audits.findings.evidence')} rows={2} maxLength={4000} />
      <FormDateField control={control} name="responseDue" label={t('audits.findings.responseDue')} description={deadlineHelp} />
      <FormActions submitLabel={submitLabel} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};
