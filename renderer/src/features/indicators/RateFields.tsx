import { useEffect } from 'react';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { checkMeasurement } from '../../../../shared/domain/indicator-values';
import type { IndicatorDetail } from '../../../../shared/schemas/indicators';
import { FormNumberField } from '../../ui/FormFields';
import { useIndicatorFormat } from '../common/indicatorFormat';
import { valueRulesOf, type Entry, type EntryInput } from './measurementEntry';

/** A rate's counts (the numerator's parts, or the numerator, and the denominator), with the rate computed as they are typed. */
export const RateFields = ({ indicator }: { indicator: IndicatorDetail }) => {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const { control, watch, trigger, getFieldState, formState } = useFormContext<EntryInput, unknown, Entry>();
  const partLabels = indicator.partLabels ?? [];
  const watched = watch();
  // The numerator (or its parts) is checked against the denominator: once left, it is checked again as the counts change.
  const left = getFieldState(partLabels.length > 0 ? 'parts' : 'numerator', formState).isTouched || formState.isSubmitted;
  const counts = JSON.stringify([watched.denominator, watched.parts]);
  useEffect(() => {
    if (left) void trigger('numerator');
  }, [counts, left, trigger]);
  const numeratorError = formState.errors.numerator?.message;
  const preview = checkMeasurement(valueRulesOf(indicator), {
    value: null,
    numerator: partLabels.length > 0 ? null : (watched.numerator ?? null),
    denominator: watched.denominator ?? null,
    parts: partLabels.length > 0 && (watched.parts ?? []).every((part) => typeof part === 'number') ? (watched.parts as number[]) : null,
  });
  return (
    <>
      <div className="form__row form__row--three">
        {partLabels.length > 0 ? (
          partLabels.map((label, index) => (
            <FormNumberField
              key={label}
              control={control}
              name={`parts.${index}`}
              label={label}
              minValue={0}
              maximumFractionDigits={2}
              isRequired
            />
          ))
        ) : (
          <FormNumberField
            control={control}
            name="numerator"
            label={indicator.numeratorLabel ?? t('indicators.field.numerator')}
            minValue={0}
            maximumFractionDigits={2}
            isRequired
          />
        )}
        <FormNumberField
          control={control}
          name="denominator"
          label={indicator.denominatorLabel ?? t('indicators.field.denominator')}
          minValue={0}
          maximumFractionDigits={2}
          isRequired
        />
      </div>
      {partLabels.length > 0 && numeratorError && (
        // With parts, the numerator is their sum and has no field of its own: its refusal shows under them.
        <p className="field__error" role="alert">
          {numeratorError}
        </p>
      )}
      <p className="measurement-preview" role="status">
        {preview.ok
          ? t('indicators.measurement.computed', { value: format.value(preview.measurement.value, indicator.unit, indicator.scaleMax) })
          : t('indicators.measurement.computedPending')}
      </p>
    </>
  );
};
