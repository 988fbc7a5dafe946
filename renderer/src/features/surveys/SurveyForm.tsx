import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { z } from 'zod';
import { surveyPopulations } from '../../../../shared/domain/surveys';
import { surveyFieldsSchema, type SurveyFields } from '../../../../shared/schemas/surveys';
import { useServerForm } from '../../api/useServerForm';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormIdSelectField, FormNumberField, FormSelectField, FormTextField } from '../../ui/FormFields';
import { useIndicatorList } from '../common/lookups';

type SurveyFormProps = {
  defaultValues: SurveyFields;
  onSubmit: (fields: z.output<typeof surveyFieldsSchema>) => Promise<unknown>;
  onCancel: () => void;
  submitLabel: string;
  serverPrefix?: string;
};

/** A campaign: whom it asks, when, how many were asked, and the satisfaction indicator its rate feeds. */
export const SurveyForm = ({ defaultValues, onSubmit, onCancel, submitLabel, serverPrefix }: SurveyFormProps) => {
  const { t } = useTranslation();
  const indicators = (useIndicatorList(false).data ?? [])
    .filter((indicator) => indicator.unit === 'pourcentage')
    .map((indicator) => ({ id: indicator.id, label: indicator.name }));
  const { control, formState, formError, submit } = useServerForm(surveyFieldsSchema, { defaultValues, onSubmit, serverPrefix });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <FormTextField control={control} name="title" label={t('surveys.field.title')} isRequired maxLength={200} />
      <div className="form__row">
        <FormSelectField
          control={control}
          name="population"
          label={t('surveys.field.population')}
          options={surveyPopulations.map((id) => ({ id, label: t(`surveys.population.${id}`) }))}
          isRequired
        />
        <FormNumberField control={control} name="solicited" label={t('surveys.field.solicited')} minValue={1} />
      </div>
      <div className="form__row">
        <FormDateField control={control} name="opensOn" label={t('surveys.field.opensOn')} isRequired />
        <FormDateField control={control} name="closesOn" label={t('surveys.field.closesOn')} isRequired />
      </div>
      <FormIdSelectField
        control={control}
        name="indicatorId"
        label={t('surveys.field.indicatorId')}
        description={t('surveys.indicatorHelp')}
        records={indicators}
        noneLabel={t('common.noneOption')}
      />
      <FormActions submitLabel={submitLabel} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};
