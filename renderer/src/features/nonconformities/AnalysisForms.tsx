import { useController, useFieldArray, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Checkbox, Form } from 'react-aria-components';
import { ishikawaBranches } from '../../../../shared/domain/nonconformities';
import {
  fiveWhysSchema,
  ishikawaSchema,
  textAnalysisSchema,
  type AnalysisFields,
  type Nonconformity,
} from '../../../../shared/schemas/nonconformities';
import { useServerForm } from '../../api/useServerForm';
import { todayOnThisComputer } from '../../app/today';
import { Button } from '../../ui/Button';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormSelectField, FormTextAreaField } from '../../ui/FormFields';
import { FormPersonField } from '../people/FormPersonField';

export type AnalysisFormProps = {
  nc: Nonconformity;
  onSubmit: (analysis: AnalysisFields) => Promise<unknown>;
  onCancel: () => void;
};

const RetainedCheckbox = <T extends FieldValues, Out extends FieldValues>({
  control,
  name,
}: {
  control: Control<T, unknown, Out>;
  name: FieldPath<T>;
}) => {
  const { t } = useTranslation();
  const { field } = useController({ control, name });
  return (
    <Checkbox className="checkbox" isSelected={field.value === true} onChange={field.onChange}>
      <span className="checkbox__box" aria-hidden="true" />
      {t('nonconformities.analysis.retained')}
    </Checkbox>
  );
};

/** Who analysed and when: kept from the last analysis, today by default. */
const analysedDefaults = (nc: Nonconformity) => ({
  analysedById: nc.analysis?.analysedById ?? null,
  analysedOn: nc.analysis?.analysedOn ?? todayOnThisComputer(),
});

const AnalysedBy = <T extends FieldValues, Out extends FieldValues>({ control }: { control: Control<T, unknown, Out> }) => {
  const { t } = useTranslation();
  return (
    <div className="form__row">
      <FormPersonField control={control} name={'analysedById' as FieldPath<T>} label={t('nonconformities.analysis.analysedById')} />
      <FormDateField control={control} name={'analysedOn' as FieldPath<T>} label={t('nonconformities.analysis.analysedOn')} />
    </div>
  );
};

/** 5 pourquoi: an ordered chain, each "parce que" leading to the next "pourquoi", the root cause(s) marked. */
export const FiveWhysForm = (props: AnalysisFormProps) => {
  const { t } = useTranslation();
  const causes = props.nc.analysis?.method === 'cinq_pourquoi' ? props.nc.analysis.causes : [];
  const { control, formState, formError, submit, getValues } = useServerForm(fiveWhysSchema, {
    defaultValues: {
      method: 'cinq_pourquoi',
      ...analysedDefaults(props.nc),
      steps:
        causes.length > 0
          ? causes.map((cause) => ({ why: cause.why ?? '', because: cause.cause, retained: cause.retained }))
          : [{ why: '', because: '', retained: false }],
    },
    onSubmit: props.onSubmit,
    serverPrefix: 'analysis.',
  });
  const steps = useFieldArray({ control, name: 'steps' });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError ?? formState.errors.steps?.message ?? formState.errors.steps?.root?.message ?? null} />
      <AnalysedBy control={control} />
      <ol className="analysis-steps">
        {steps.fields.map((step, index) => (
          <li key={step.id}>
            <fieldset className="analysis-step">
              <legend>{t('nonconformities.analysis.step', { n: String(index + 1) })}</legend>
              <FormTextAreaField
                control={control}
                name={`steps.${index}.why`}
                label={t('nonconformities.analysis.why')}
                rows={2}
                isRequired
              />
              <FormTextAreaField
                control={control}
                name={`steps.${index}.because`}
                label={t('nonconformities.analysis.because')}
                rows={2}
                isRequired
              />
              <div className="analysis-step__footer">
                <RetainedCheckbox control={control} name={`steps.${index}.retained`} />
                {steps.fields.length > 1 && (
                  <Button variant="quiet" onPress={() => steps.remove(index)}>
                    {t('nonconformities.analysis.removeStep', { n: String(index + 1) })}
                  </Button>
                )}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      {steps.fields.length < 10 && (
        <Button
          // Each answer becomes the next question, as the method (and its help) says: the new « pourquoi » starts from the last « parce que ».
          onPress={() => steps.append({ why: getValues('steps').at(-1)?.because ?? '', because: '', retained: false })}
        >
          {t('nonconformities.analysis.addStep')}
        </Button>
      )}
      <FormActions submitLabel={t('common.save')} isSubmitting={formState.isSubmitting} onCancel={props.onCancel} />
    </Form>
  );
};

/** Ishikawa 5M: causes placed on their branch, the root cause(s) marked. */
export const IshikawaForm = (props: AnalysisFormProps) => {
  const { t } = useTranslation();
  const existing = props.nc.analysis?.method === 'ishikawa' ? props.nc.analysis.causes : [];
  const { control, formState, formError, submit } = useServerForm(ishikawaSchema, {
    defaultValues: {
      method: 'ishikawa',
      ...analysedDefaults(props.nc),
      causes:
        existing.length > 0
          ? existing.map((cause) => ({ branch: cause.branch ?? 'methodes', cause: cause.cause, retained: cause.retained }))
          : [{ branch: 'methodes', cause: '', retained: false }],
    },
    onSubmit: props.onSubmit,
    serverPrefix: 'analysis.',
  });
  const causes = useFieldArray({ control, name: 'causes' });
  const branches = ishikawaBranches.map((id) => ({ id, label: t(`nonconformities.analysis.branches.${id}`) }));
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError ?? formState.errors.causes?.message ?? formState.errors.causes?.root?.message ?? null} />
      <AnalysedBy control={control} />
      <ol className="analysis-steps">
        {causes.fields.map((cause, index) => (
          <li key={cause.id}>
            <fieldset className="analysis-step">
              <legend>{t('nonconformities.analysis.causeNumber', { n: String(index + 1) })}</legend>
              <FormSelectField
                control={control}
                name={`causes.${index}.branch`}
                label={t('nonconformities.analysis.branch')}
                options={branches}
              />
              <FormTextAreaField
                control={control}
                name={`causes.${index}.cause`}
                label={t('nonconformities.analysis.cause')}
                rows={2}
                isRequired
              />
              <div className="analysis-step__footer">
                <RetainedCheckbox control={control} name={`causes.${index}.retained`} />
                {causes.fields.length > 1 && (
                  <Button variant="quiet" onPress={() => causes.remove(index)}>
                    {t('nonconformities.analysis.removeCause', { n: String(index + 1) })}
                  </Button>
                )}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <Button onPress={() => causes.append({ branch: 'methodes', cause: '', retained: false })}>
        {t('nonconformities.analysis.addCause')}
      </Button>
      <FormActions submitLabel={t('common.save')} isSubmitting={formState.isSubmitting} onCancel={props.onCancel} />
    </Form>
  );
};

/** A plain-text analysis: the cause in a few sentences. */
export const TextAnalysisForm = (props: AnalysisFormProps) => {
  const { t } = useTranslation();
  const { control, formState, formError, submit } = useServerForm(textAnalysisSchema, {
    defaultValues: { method: 'texte', ...analysedDefaults(props.nc), text: props.nc.analysis?.text ?? '' },
    onSubmit: props.onSubmit,
    serverPrefix: 'analysis.',
  });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <AnalysedBy control={control} />
      <FormTextAreaField control={control} name="text" label={t('nonconformities.analysis.text')} rows={6} isRequired maxLength={4000} />
      <FormActions submitLabel={t('common.save')} isSubmitting={formState.isSubmitting} onCancel={props.onCancel} />
    </Form>
  );
};
