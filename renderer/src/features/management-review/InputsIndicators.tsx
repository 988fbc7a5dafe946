import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IndicatorInput, ReviewInputs } from '../../../../shared/schemas/management-review';
import { useIndicatorFormat } from '../common/indicatorFormat';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { StateBadge } from '../common/StateBadge';

/** Indicators against their targets over the period: each measurement, the state it ends on, and what is missing. */
export const IndicatorRows = ({ indicators }: { indicators: readonly IndicatorInput[] }) => {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  return (
    <table className="table table--compact" data-testid="inputs-indicators">
      <thead>
        <tr>
          <th scope="col">{t('indicators.field.name')}</th>
          <th scope="col">{t('indicators.measurement.title')}</th>
          <th scope="col">{t('indicators.field.target')}</th>
          <th scope="col">{t('indicators.field.state')}</th>
        </tr>
      </thead>
      <tbody>
        {indicators.map((indicator) => {
          const show = (value: number) => format.value(value, indicator.unit, indicator.scaleMax);
          return (
            <tr key={indicator.id}>
              <th scope="row">
                <Link to={`/indicateurs/${indicator.id}`}>{indicator.name}</Link>
              </th>
              <td>
                {indicator.measurements.length === 0
                  ? t('indicators.noMeasurement')
                  : indicator.measurements
                      .map((m) => `${format.period(indicator.frequency, m.periodStart)} : ${show(m.value)}`)
                      .join(' ; ')}
                {indicator.missing.length > 0 && (
                  <span className="inputs-missing">
                    {' '}
                    <span aria-hidden="true">⚠ </span>
                    {t('managementReview.inputs.missing', {
                      periods: indicator.missing.map((start) => format.period(indicator.frequency, start)).join(', '),
                    })}
                  </span>
                )}
              </td>
              <td className="nowrap">
                {indicator.target === null ? t('indicators.noTarget') : show(indicator.target)}
                {indicator.alertThreshold !== null && ` (${t('indicators.thresholdShort', { value: show(indicator.alertThreshold) })})`}
              </td>
              <td>
                <StateBadge state={indicator.state} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
};

/** Quality objectives: their status, their target date, and where their indicators stand. */
const ObjectiveRows = ({ objectives }: { objectives: ReviewInputs['objectives'] }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  return (
    <table className="table table--compact">
      <caption>{t('managementReview.inputs.objectives')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('objectives.field.title')}</th>
          <th scope="col">{t('objectives.field.targetDate')}</th>
          <th scope="col">{t('objectives.field.status')}</th>
          <th scope="col">{t('objectives.field.indicators')}</th>
        </tr>
      </thead>
      <tbody>
        {objectives.map((objective) => (
          <tr key={objective.id}>
            <th scope="row">{objective.title}</th>
            <td className="nowrap">
              {formatCalendarDate(objective.targetDate, dateLocale)}
              {objective.overdue && ` (${t('objectives.overdue')})`}
            </td>
            <td>{t(`objectives.status.${objective.status}`)}</td>
            <td>
              {objective.indicators.length === 0
                ? t('objectives.noIndicator')
                : objective.indicators.map((indicator) => (
                    <span key={indicator.name} className="nowrap">
                      {indicator.name} <StateBadge state={indicator.state} />{' '}
                    </span>
                  ))}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};

export const InputsIndicators = ({ inputs }: { inputs: ReviewInputs }) => {
  const { t } = useTranslation();
  return (
    <section className="inputs-section" aria-labelledby="inputs-indicators">
      <h3 id="inputs-indicators">{t('managementReview.inputs.indicators')}</h3>
      {inputs.indicators.length === 0 ? (
        <p>{t('managementReview.inputs.indicatorsNone')}</p>
      ) : (
        <IndicatorRows indicators={inputs.indicators} />
      )}
      {inputs.objectives.length === 0 ? (
        <p>{t('managementReview.inputs.objectivesNone')}</p>
      ) : (
        <ObjectiveRows objectives={inputs.objectives} />
      )}
    </section>
  );
};
