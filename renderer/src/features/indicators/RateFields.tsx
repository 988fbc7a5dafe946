import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { checkMeasurement } from '../../../../shared/domain/indicator-values';
import type { IndicatorDetail } from '../../../../shared/schemas/indicators';
import { FormNumberField } from '../../ui/FormFields';
import { useIndicatorFormat } from '../common/indicatorFormat';
import type { Entry, EntryInput } from './measurementEntry';

/** A rate's counts (the numerator's parts, or the numerator, and the denominator), with the rate computed as they are typed. */
export const RateFields = ({ indicator }: { indicator: IndicatorDetail }) => {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const { control, watch } = useFormContext<EntryInput, unknown, Entry>();
  const partLabels = indicator.partLabels ?? [];
  const watched = watch();
  const preview = checkMeasurement(
    { unit: indicator.unit, scaleMax: indicator.scaleMax, denominatorLabel: indicator.denominatorLabel, partLabels },
    {
      value: null,
      numerator: partLabels.length > 0 ? null : (watched.numerator ?? null),
      denominator: watched.denominator ?? null,
      parts: partLabels.length > 0 && (watched.parts ?? []).every((part) => typeof part === 'number') ? (watched.parts as number[]) : null,
    },
  );
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
      <p className="measurement-preview" role="status">
        {preview.ok
          ? t('indicators.measurement.computed', { value: format.value(preview.measurement.value, indicator.unit, indicator.scaleMax) })
          : t('indicators.measurement.computedPending')}
      </p>
    </>
  );
};
