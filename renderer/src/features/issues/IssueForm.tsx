import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { useWatch } from 'react-hook-form';
import type { z } from 'zod';
import { issueEffects, issueHeadingSuggestions, issueNatures } from '../../../../shared/domain/issues';
import { aYearAfter } from '../../../../shared/domain/register-life';
import { issueFieldsSchema, type Issue, type IssueFields } from '../../../../shared/schemas/issues';
import { todayOnThisComputer } from '../../app/today';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormComboBoxField, FormDateField, FormSelectField, FormTextAreaField, FormTextField } from '../../ui/FormFields';

type IssueFormProps = {
  defaultValues: IssueFields;
  onSubmit: (fields: z.output<typeof issueFieldsSchema>) => Promise<unknown>;
  onCancel: () => void;
  submitLabel: string;
  serverPrefix?: string;
};

/** An issue: what it is, inside or outside, for or against the structure, its heading, where it was learnt, its dates. */
export const IssueForm = ({ defaultValues, onSubmit, onCancel, submitLabel, serverPrefix }: IssueFormProps) => {
  const { t } = useTranslation();
  const { control, formState, formError, submit } = useServerForm(issueFieldsSchema, { defaultValues, onSubmit, serverPrefix });
  const nature = useWatch({ control, name: 'nature' });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <FormTextField control={control} name="title" label={t('issues.field.title')} isRequired maxLength={200} />
      <div className="form__row">
        <FormSelectField
          control={control}
          name="nature"
          label={t('issues.field.nature')}
          options={issueNatures.map((id) => ({ id, label: t(`issues.nature.${id}`) }))}
          isRequired
        />
        <FormSelectField
          control={control}
          name="effect"
          label={t('issues.field.effect')}
          options={issueEffects.map((id) => ({ id, label: t(`issues.effect.${id}`) }))}
          isRequired
        />
      </div>
      <div className="form__row">
        <FormComboBoxField
          control={control}
          name="heading"
          label={t('issues.field.heading')}
          description={t('issues.headingHelp')}
          suggestions={issueHeadingSuggestions[nature === 'interne' ? 'interne' : 'externe']}
          noMatch={t('issues.noHeading')}
          maxLength={80}
        />
        <FormTextField
          control={control}
          name="source"
          label={t('issues.field.source')}
          description={t('issues.sourceHelp')}
          maxLength={200}
        />
      </div>
      <FormTextAreaField control={control} name="description" label={t('issues.field.description')} maxLength={4000} />
      <div className="form__row">
        <FormDateField control={control} name="identifiedOn" label={t('issues.field.identifiedOn')} isRequired />
        <FormDateField control={control} name="reviewDue" label={t('issues.field.reviewDue')} isRequired />
      </div>
      <FormActions submitLabel={submitLabel} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

/** A new issue: identified today, to review a year on. */
export const emptyIssueFields = (): IssueFields => {
  const today = todayOnThisComputer();
  return {
    title: '',
    description: '',
    nature: 'externe',
    effect: 'defavorable',
    heading: '',
    source: '',
    identifiedOn: today,
    reviewDue: aYearAfter(today),
  };
};

export const issueFieldsOf = (issue: Issue): IssueFields => ({
  title: issue.title,
  description: issue.description ?? '',
  nature: issue.nature,
  effect: issue.effect,
  heading: issue.heading ?? '',
  source: issue.source ?? '',
  identifiedOn: issue.identifiedOn,
  reviewDue: issue.reviewDue,
});
