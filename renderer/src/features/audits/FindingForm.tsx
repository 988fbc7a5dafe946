import { useGradeLabel } from '../common/gradeLabel';
import { useRef } from 'react';
import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { z } from 'zod';
import { answerOf, findingStatusesFor, type GradeAnswer } from '../../../../shared/domain/audits';
import { familyFacts, type FollowUp } from '../../../../shared/domain/certification-rules';
import { findingFieldsSchema, type Audit, type FindingFields, type FindingGrade } from '../../../../shared/schemas/audits';
import type { ResponseRuleView } from '../../../../shared/schemas/certification-rules';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { SelectField } from '../../ui/SelectField';
import { FormDateField, FormSelectField, FormTextAreaField } from '../../ui/FormFields';
import { useResponseRule } from './hooks';
import { RequirementField } from './RequirementField';
import { FormProcessField } from '../processes/FormProcessField';

type FindingFormProps = {
  audit: Pick<Audit, 'id'>;
  grades: readonly FindingGrade[];
  defaultValues: FindingFields;
  submitLabel: string;
  onSubmit: (fields: z.output<typeof findingFieldsSchema>) => Promise<unknown>;
  onCancel: () => void;
};

type Presets = { responseDue: string | null; followUpDue: string | null };
const NONE: Presets = { responseDue: null, followUpDue: null };

/**
 * What a grade's second deadline stands for under the audit's rule, or null when it has none (an
 * ISO minor NC is checked at the next audit). The structure's rule: the actions' implementation.
 */
export const followUpOf = (rule: ResponseRuleView | undefined, grade: FindingGrade | undefined): FollowUp | null => {
  if (!grade || grade.ncSeverity === null) return null;
  if (!rule || rule.family === null) return 'mise_en_oeuvre';
  const preset = rule.presets[grade.ncSeverity].followUpDue;
  return familyFacts[rule.family].followUp[grade.ncSeverity] ?? (preset === null ? null : 'mise_en_oeuvre');
};

/** The requirement a finding concerns, chosen among the referentials' clauses. */
const FindingRequirementField = ({ control, error }: { control: Control<FindingFields>; error: string | undefined }) => {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name="requirementId"
      render={({ field }) => (
        <RequirementField
          label={t('audits.findings.requirement')}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={error}
        />
      )}
    />
  );
};

/**
 * A finding: its grade from the audit's scale, what it concerns, what was seen, and its deadlines.
 * Choosing a grade fills the deadlines from the audit's rule (the scheme's for the body's audits,
 * the structure's own for internal ones), unless the user typed other dates. A grade that calls
 * for no answer (a point fort, a conformity) has neither deadline nor status to follow.
 */
export const FindingForm = ({ audit, grades, defaultValues, submitLabel, onSubmit, onCancel }: FindingFormProps) => {
  const { t } = useTranslation();
  const gradeLabel = useGradeLabel();
  const rule = useResponseRule(audit.id);
  const gradeOf = (gradeId: number | null) => grades.find((candidate) => candidate.id === gradeId);
  const presetFor = (gradeId: number | null): Presets => {
    const grade = gradeOf(gradeId);
    return grade?.ncSeverity && rule.data ? rule.data.presets[grade.ncSeverity] : NONE;
  };
  // The deadlines the form last proposed: replaced when the grade changes, unless the user chose others.
  const lastPreset = useRef<Presets>(presetFor(defaultValues.gradeId ?? null));
  const form = useServerForm(findingFieldsSchema, { defaultValues, onSubmit, serverPrefix: 'fields.' });
  const { control, formState } = form;
  const error = (name: keyof FindingFields) => formState.errors[name]?.message;
  const chosenGrade = gradeOf(form.watch('gradeId') ?? null);
  const answer: GradeAnswer | null = chosenGrade ? answerOf(chosenGrade) : null;
  const followUp = followUpOf(rule.data, chosenGrade);

  const deadlineHelp = () => {
    if (!chosenGrade) return t('audits.findings.responseDueChoose');
    if (chosenGrade.ncSeverity === null) return t('audits.findings.responseDueNone');
    if (rule.data?.missingNotification) return t('audits.findings.missingNotification');
    const ruleText = rule.data ? t('audits.findings.responseDueHelp', { rule: rule.data.description }) : '';
    return presetFor(chosenGrade.id).responseDue === null && rule.data ? `${t('audits.findings.responseDueByBody')} ${ruleText}` : ruleText;
  };

  const changeGrade = (gradeId: number | null) => {
    form.setValue('gradeId', gradeId, { shouldValidate: formState.isSubmitted });
    const grade = gradeOf(gradeId);
    const nextAnswer = grade ? answerOf(grade) : null;
    if (nextAnswer === 'aucune') {
      form.setValue('status', 'sans_suite');
      form.setValue('responseDue', null);
      form.setValue('followUpDue', null);
      lastPreset.current = NONE;
      return;
    }
    if (answer === 'aucune') form.setValue('status', 'a_traiter');
    const next = presetFor(gradeId);
    const follow = (name: 'responseDue' | 'followUpDue') => {
      const current = form.getValues(name) ?? null;
      if (current === null || current === lastPreset.current[name]) form.setValue(name, next[name]);
    };
    follow('responseDue');
    if (grade?.ncSeverity) follow('followUpDue');
    else form.setValue('followUpDue', null);
    lastPreset.current = next;
  };

  return (
    <Form className="form" onSubmit={(event) => void form.submit(event)} validationBehavior="aria">
      <FormAlert message={form.formError} />
      {rule.data && <p className="form__help">{t(`audits.findings.ruleSource.${rule.data.source}`)}</p>}
      <div className="form__row">
        <Controller
          control={control}
          name="gradeId"
          render={({ field }) => (
            <SelectField
              label={t('audits.findings.grade')}
              isRequired
              placeholder={t('common.choose')}
              options={grades.map((grade) => ({ id: String(grade.id), label: gradeLabel(grade) }))}
              value={field.value === null || field.value === undefined ? null : String(field.value)}
              onChange={(key) => changeGrade(key === null ? null : Number(key))}
              onBlur={field.onBlur}
              error={error('gradeId')}
            />
          )}
        />
        {answer !== 'aucune' && (
          <FormSelectField
            control={control}
            name="status"
            label={t('audits.findings.status')}
            isRequired
            options={findingStatusesFor(answer ?? 'reponse').map((status) => ({
              id: status,
              label: t(`audits.findings.statuses.${status}`),
            }))}
          />
        )}
      </div>
      <div className="form__row">
        <FindingRequirementField control={control} error={error('requirementId')} />
        <FormProcessField
          control={control}
          name="processId"
          label={t('audits.findings.process')}
          noneLabel={t('audits.checklist.noProcess')}
        />
      </div>
      <FormTextAreaField control={control} name="description" label={t('audits.findings.description')} isRequired maxLength={4000} />
      <FormTextAreaField control={control} name="evidence" label={t('audits.findings.evidence')} rows={2} maxLength={4000} />
      {answer === 'aucune' ? (
        <p className="form__help">{t('audits.findings.noAnswerHelp')}</p>
      ) : (
        <div className="form__row">
          <FormDateField control={control} name="responseDue" label={t('audits.findings.responseDue')} description={deadlineHelp()} />
          {followUp && (
            <FormDateField
              control={control}
              name="followUpDue"
              label={t(`audits.findings.followUp.${followUp}`)}
              description={t('audits.findings.followUpHelp')}
            />
          )}
        </div>
      )}
      <FormActions submitLabel={submitLabel} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};
