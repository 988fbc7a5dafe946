import { useMemo, useState } from 'react';
import { Form } from 'react-aria-components';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { periodContaining } from '../../../../shared/domain/indicators';
import { measurementEntrySchema, type IndicatorDetail } from '../../../../shared/schemas/indicators';
import { ApiCallError } from '../../api/client';
import { useServerForm } from '../../api/useServerForm';
import { todayOnThisComputer } from '../../app/today';
import { Button } from '../../ui/Button';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormNumberField, FormSelectField, FormTextAreaField } from '../../ui/FormFields';
import { Modal } from '../../ui/Modal';
import { useAddMeasurement } from './hooks';
import { periodChoices } from './labels';
import { valueRulesOf, type Entry } from './measurementEntry';
import { RateFields } from './RateFields';
import { useIndicatorFormat } from '../common/indicatorFormat';

/** The period to offer first: the oldest one still expected, if it has begun; otherwise the one under way. */
const suggestedPeriod = (indicator: IndicatorDetail, today: string): string =>
  indicator.nextMeasurement.periodStart <= today ? indicator.nextMeasurement.periodStart : periodContaining(indicator.frequency, today);

/**
 * Types one period's measurement: the value, or for a rate its counts (the numerator's parts, the
 * denominator) with the rate computed as they are typed. A period already measured asks first
 * whether to replace it.
 */
export const MeasurementForm = ({ indicator, onSaved }: { indicator: IndicatorDetail; onSaved: (message: string) => void }) => {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const add = useAddMeasurement();
  const today = todayOnThisComputer();
  const [pending, setPending] = useState<{ entry: Entry; message: string } | null>(null);
  const isRate = indicator.denominatorLabel !== null;
  const partLabels = indicator.partLabels ?? [];
  const blank = (periodStart: string) => ({
    periodStart,
    value: null,
    numerator: null,
    denominator: null,
    parts: partLabels.length > 0 ? partLabels.map(() => null as unknown as number) : null,
    comment: null,
  });

  const save = async (entry: Entry, replace: boolean) => {
    const saved = await add.mutateAsync({ ...entry, indicatorId: indicator.id, replace });
    const label = format.period(indicator.frequency, entry.periodStart);
    form.reset(blank(suggestedPeriod(saved, today)));
    onSaved(t('indicators.measurement.added', { period: label }));
  };
  // The backend's rule, checked as the user types: a numerator above its denominator is refused on its field.
  const schema = useMemo(() => measurementEntrySchema(valueRulesOf(indicator)), [indicator]);
  const form = useServerForm(schema, {
    defaultValues: blank(suggestedPeriod(indicator, today)),
    onSubmit: async (entry) => {
      try {
        await save(entry, false);
      } catch (error) {
        // A period already measured: ask, rather than refuse.
        if (error instanceof ApiCallError && error.code === 'conflict' && error.fields.periodStart !== undefined) {
          setPending({ entry, message: error.message });
          return;
        }
        throw error;
      }
    },
  });
  const { control, formState } = form;
  const periods = periodChoices(indicator.frequency, indicator.firstPeriod, today);

  return (
    <FormProvider {...form}>
      <Form
        className="form"
        onSubmit={(event) => void form.submit(event)}
        validationBehavior="aria"
        aria-label={t('indicators.measurement.add')}
      >
        <FormAlert message={form.formError} />
        <div className="form__row">
          <FormSelectField
            control={control}
            name="periodStart"
            label={t('indicators.field.period')}
            isRequired
            options={periods.map((start) => ({ id: start, label: format.period(indicator.frequency, start) }))}
            description={t('indicators.measurement.periodHelp')}
          />
          {!isRate && (
            <FormNumberField control={control} name="value" label={t('indicators.field.value')} maximumFractionDigits={2} isRequired />
          )}
        </div>
        {isRate && <RateFields indicator={indicator} />}
        <FormTextAreaField control={control} name="comment" label={t('indicators.field.comment')} rows={2} />
        <FormActions submitLabel={t('indicators.measurement.save')} isSubmitting={formState.isSubmitting} />
      </Form>
      <Modal title={t('indicators.measurement.replaceTitle')} isOpen={pending !== null} onOpenChange={(open) => !open && setPending(null)}>
        <p>{pending?.message}</p>
        {add.isError && !(add.error instanceof ApiCallError && add.error.code === 'conflict') && <FormAlert message={add.error.message} />}
        <div className="form__actions">
          <Button
            variant="primary"
            isDisabled={add.isPending}
            onPress={() => {
              if (pending === null) return;
              void save(pending.entry, true).then(
                () => setPending(null),
                () => undefined,
              );
            }}
          >
            {t('indicators.measurement.replace')}
          </Button>
          <Button variant="quiet" onPress={() => setPending(null)}>
            {t('indicators.measurement.keep')}
          </Button>
        </div>
      </Modal>
    </FormProvider>
  );
};
