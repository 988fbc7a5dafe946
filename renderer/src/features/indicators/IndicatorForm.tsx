import { Checkbox, Form } from 'react-aria-components';
import { FormProvider, useController, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { isOnGrid, periodContaining, type IndicatorFrequency } from '../../../../shared/domain/indicators';
import { indicatorFieldsSchema, type IndicatorFields } from '../../../../shared/schemas/indicators';
import { useServerForm } from '../../api/useServerForm';
import { todayOnThisComputer } from '../../app/today';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormNumberField, FormSelectField, FormTextAreaField, FormTextField } from '../../ui/FormFields';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { FormPersonField } from '../people/FormPersonField';
import { indicatorOptions, periodChoices } from './labels';
import { useIndicatorFormat } from '../common/indicatorFormat';
import { FormProcessField } from '../processes/FormProcessField';

type Out = z.output<typeof indicatorFieldsSchema>;
type FormControl = Control<IndicatorFields, unknown, Out>;

/** Frequency and first period move together: a new frequency snaps the first period onto its grid. */
const ScheduleFields = ({ control }: { control: FormControl }) => {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const frequency = useController({ control, name: 'frequency' });
  const first = useController({ control, name: 'firstPeriod' });
  const current = frequency.field.value as IndicatorFrequency;
  const year = Number(todayOnThisComputer().slice(0, 4));
  const choices = periodChoices(current, `${year - 3}-01-01`, `${year + 1}-12-31`).reverse();
  return (
    <div className="form__row">
      <SelectField
        label={t('indicators.field.frequency')}
        isRequired
        options={indicatorOptions(t).frequencies}
        value={current}
        onChange={(next) => {
          if (next === null) return;
          frequency.field.onChange(next);
          const start = first.field.value;
          if (typeof start === 'string' && !isOnGrid(next as IndicatorFrequency, start)) {
            first.field.onChange(periodContaining(next as IndicatorFrequency, start));
          }
        }}
        error={frequency.fieldState.error?.message}
      />
      <SelectField
        label={t('indicators.field.firstPeriod')}
        isRequired
        options={choices.map((start) => ({ id: start, label: format.period(current, start) }))}
        value={first.field.value ?? null}
        onChange={first.field.onChange}
        onBlur={first.field.onBlur}
        error={first.fieldState.error?.message}
        description={t('indicators.help.firstPeriod')}
      />
    </div>
  );
};

/** The parts of a rate's numerator, one per line; an empty list means none. */
const PartLabelsField = ({ control }: { control: FormControl }) => {
  const { t } = useTranslation();
  const { field, fieldState } = useController({ control, name: 'partLabels' });
  const lines = (field.value ?? []) as string[];
  return (
    <TextAreaField
      label={t('indicators.field.partLabels')}
      description={t('indicators.help.partLabels')}
      rows={3}
      value={lines.join('\n')}
      onChange={(text) => field.onChange(text === '' ? null : text.split('\n'))}
      onBlur={() => {
        const kept = lines.map((line) => line.trim()).filter((line) => line !== '');
        field.onChange(kept.length === 0 ? null : kept);
        field.onBlur();
      }}
      error={fieldState.error?.message}
    />
  );
};

/** The unit decides which other fields apply: leaving "note" drops its scale, leaving "%" drops the rate's labels. */
const UnitField = ({ control }: { control: FormControl }) => {
  const { t } = useTranslation();
  const unit = useController({ control, name: 'unit' });
  const scaleMax = useController({ control, name: 'scaleMax' });
  const numerator = useController({ control, name: 'numeratorLabel' });
  const denominator = useController({ control, name: 'denominatorLabel' });
  const parts = useController({ control, name: 'partLabels' });
  return (
    <SelectField
      label={t('indicators.field.unit')}
      isRequired
      options={indicatorOptions(t).units}
      value={unit.field.value}
      onChange={(next) => {
        if (next === null) return;
        unit.field.onChange(next);
        if (next !== 'note') scaleMax.field.onChange(null);
        if (next === 'note' && scaleMax.field.value === null) scaleMax.field.onChange(10);
        if (next !== 'pourcentage') {
          numerator.field.onChange(null);
          denominator.field.onChange(null);
          parts.field.onChange(null);
        }
      }}
      error={unit.fieldState.error?.message}
    />
  );
};

type IndicatorFormProps = {
  defaultValues: IndicatorFields;
  submitLabel: string;
  onSubmit: (fields: Out) => Promise<unknown>;
  onCancel: () => void;
  /** `fields.` when editing (the update method nests the fields). */
  serverPrefix?: string;
};

/** What an indicator measures and against what: unit, direction, target and alert threshold, frequency, owner. */
export const IndicatorForm = ({ defaultValues, submitLabel, onSubmit, onCancel, serverPrefix }: IndicatorFormProps) => {
  const { t } = useTranslation();
  const form = useServerForm(indicatorFieldsSchema, { defaultValues, onSubmit, serverPrefix });
  const { control, formState } = form;
  const options = indicatorOptions(t);
  const unit = form.watch('unit');
  const active = useController({ control, name: 'active' });
  return (
    <FormProvider {...form}>
      <Form className="form" onSubmit={(event) => void form.submit(event)} validationBehavior="aria">
        <FormAlert message={form.formError} />
        <FormTextField control={control} name="name" label={t('indicators.field.name')} isRequired maxLength={200} />
        <FormTextAreaField control={control} name="description" label={t('indicators.field.description')} rows={2} />
        <div className="form__row form__row--three">
          <FormSelectField control={control} name="theme" label={t('indicators.field.theme')} isRequired options={options.themes} />
          <FormProcessField control={control} name="processId" label={t('indicators.field.processId')} />
          <FormPersonField control={control} name="ownerId" label={t('indicators.field.ownerId')} isRequired />
        </div>
        <div className="form__row form__row--three">
          <UnitField control={control} />
          {unit === 'note' && (
            <FormNumberField
              control={control}
              name="scaleMax"
              label={t('indicators.field.scaleMax')}
              maximumFractionDigits={2}
              minValue={1}
            />
          )}
          <FormSelectField
            control={control}
            name="direction"
            label={t('indicators.field.direction')}
            isRequired
            options={options.directions}
          />
        </div>
        <div className="form__row">
          <FormNumberField control={control} name="target" label={t('indicators.field.target')} maximumFractionDigits={2} />
          <FormNumberField
            control={control}
            name="alertThreshold"
            label={t('indicators.field.alertThreshold')}
            maximumFractionDigits={2}
            description={t('indicators.help.threshold')}
          />
        </div>
        <ScheduleFields control={control} />
        <div className="form__row">
          <FormNumberField
            control={control}
            name="entryDelayDays"
            label={t('indicators.field.entryDelayDays')}
            minValue={0}
            maxValue={180}
            description={t('indicators.help.entryDelay')}
          />
          <FormSelectField
            control={control}
            name="chartKind"
            label={t('indicators.field.chartKind')}
            isRequired
            options={options.chartKinds}
          />
        </div>
        {unit === 'pourcentage' && (
          <fieldset className="form__group">
            <legend>{t('indicators.help.rate')}</legend>
            <div className="form__row">
              <FormTextField control={control} name="numeratorLabel" label={t('indicators.field.numeratorLabel')} maxLength={120} />
              <FormTextField control={control} name="denominatorLabel" label={t('indicators.field.denominatorLabel')} maxLength={120} />
            </div>
            <PartLabelsField control={control} />
          </fieldset>
        )}
        <Checkbox className="checkbox checkbox--start" isSelected={active.field.value === true} onChange={active.field.onChange}>
          <span className="checkbox__box" aria-hidden="true" />
          {t('indicators.field.active')}
        </Checkbox>
        <FormActions submitLabel={submitLabel} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
      </Form>
    </FormProvider>
  );
};
