import { useTranslation } from 'react-i18next';
import type { IndicatorDetail } from '../../../../shared/schemas/indicators';
import { useLocale } from '../../i18n';
import { formatInstant } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { useRemoveMeasurement } from './hooks';
import { useIndicatorFormat } from '../common/indicatorFormat';
import { StateBadge } from '../common/StateBadge';

/** Every measurement, newest first, with its counts, its state and who can correct it. */
export const MeasurementsTable = ({ indicator, onRemoved }: { indicator: IndicatorDetail; onRemoved: (message: string) => void }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const format = useIndicatorFormat();
  const remove = useRemoveMeasurement();
  if (indicator.measurements.length === 0) return <p>{t('indicators.measurement.none')}</p>;
  const isRate = indicator.denominatorLabel !== null;
  return (
    <>
      {remove.isError && <FormAlert message={remove.error.message} />}
      <div className="table-scroller table-scroller--short" tabIndex={0} role="region" aria-label={t('indicators.measurement.table')}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('indicators.field.period')}</th>
              <th scope="col">{t('indicators.field.value')}</th>
              {isRate && <th scope="col">{t('indicators.field.numerator')}</th>}
              {isRate && <th scope="col">{t('indicators.field.denominator')}</th>}
              <th scope="col">{t('indicators.field.state')}</th>
              <th scope="col">{t('indicators.field.comment')}</th>
              <th scope="col">{t('indicators.measurement.recordedAt')}</th>
              <th scope="col">
                <span className="visually-hidden-text">{t('indicators.measurement.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {[...indicator.measurements].reverse().map((measurement) => {
              const period = format.period(indicator.frequency, measurement.periodStart);
              return (
                <tr key={measurement.id}>
                  <th scope="row">{period}</th>
                  <td className="nowrap">{format.value(measurement.value, indicator.unit, indicator.scaleMax)}</td>
                  {isRate && (
                    <td>
                      {measurement.numerator === null ? t('common.none') : format.number(measurement.numerator)}
                      {measurement.parts && ` (${measurement.parts.map(format.number).join(' + ')})`}
                    </td>
                  )}
                  {isRate && <td>{measurement.denominator === null ? t('common.none') : format.number(measurement.denominator)}</td>}
                  <td>
                    <StateBadge state={measurement.state} />
                  </td>
                  <td>{measurement.comment ?? ''}</td>
                  <td className="nowrap">{formatInstant(measurement.recordedAt, dateLocale)}</td>
                  <td>
                    <Button
                      variant="quiet"
                      aria-label={t('indicators.measurement.removeLabel', { period })}
                      isDisabled={remove.isPending}
                      onPress={() =>
                        remove.mutate(measurement.id, { onSuccess: () => onRemoved(t('indicators.measurement.removed', { period })) })
                      }
                    >
                      {t('indicators.measurement.remove')}
                    </Button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
};
