import { useTranslation } from 'react-i18next';
import type { IndicatorState } from '../../../../shared/domain/indicator-state';
import type { IndicatorDetail } from '../../../../shared/schemas/indicators';
import { StateBadge } from '../common/StateBadge';

export type ChartPoint = { key: string; label: string; value: number; state: IndicatorState };

type Props = { indicator: IndicatorDetail; points: readonly ChartPoint[]; show: (value: number) => string };

/** Every value of the chart in a table, behind a disclosure: the chart is never the only way to read them. */
export const ChartValuesTable = ({ indicator, points, show }: Props) => {
  const { t } = useTranslation();
  return (
    <details className="indicator-chart__details">
      <summary>{t('indicators.chart.table')}</summary>
      <table className="table">
        <caption>{indicator.name}</caption>
        <thead>
          <tr>
            <th scope="col">{t('indicators.field.period')}</th>
            <th scope="col">{t('indicators.field.value')}</th>
            <th scope="col">{t('indicators.field.target')}</th>
            <th scope="col">{t('indicators.field.alertThreshold')}</th>
            <th scope="col">{t('indicators.field.state')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => (
            <tr key={point.key}>
              <th scope="row">{point.label}</th>
              <td>{show(point.value)}</td>
              <td>{indicator.target === null ? t('common.none') : show(indicator.target)}</td>
              <td>{indicator.alertThreshold === null ? t('common.none') : show(indicator.alertThreshold)}</td>
              <td>
                <StateBadge state={point.state} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
};
