import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorState } from '../../../../shared/domain/indicator-state';
import type { IndicatorDetail } from '../../../../shared/schemas/indicators';
import { layoutChart } from './chartLayout';
import { useIndicatorFormat } from '../common/indicatorFormat';
import { ChartValuesTable, type ChartPoint } from './ChartValuesTable';

const WIDTH = 720;

// A value under its target sits below the target and threshold lines: its label goes under the marker, clear of them.
const below = (state: IndicatorState) => state === 'non_atteint' || state === 'vigilance';
const HEIGHT = 300;

/** A marker per state, each its own shape, so the chart reads without colour. */
const Marker = ({ x, y, state }: { x: number; y: number; state: IndicatorState }) => {
  if (state === 'non_atteint') {
    return <path d={`M${x - 6},${y - 6}L${x + 6},${y + 6}M${x - 6},${y + 6}L${x + 6},${y - 6}`} className="indicator-chart__cross" />;
  }
  if (state === 'vigilance') return <path d={`M${x},${y - 7}L${x + 7},${y + 6}L${x - 7},${y + 6}Z`} className="indicator-chart__marker" />;
  return <circle cx={x} cy={y} r={5} className="indicator-chart__marker" />;
};

/**
 * An indicator over time as a line or bars (SVG, geometry from d3), with its target and alert
 * threshold as labelled lines and each point marked by its state. The figure's caption says the
 * same in words, and a table gives every value: the chart is never the only way to read it.
 */
export const IndicatorChart = ({ indicator }: { indicator: IndicatorDetail }) => {
  const { t } = useTranslation();
  const format = useIndicatorFormat();
  const captionId = useId();
  const show = (value: number) => format.value(value, indicator.unit, indicator.scaleMax);
  const points: ChartPoint[] = indicator.measurements.map((m) => ({
    key: m.periodStart,
    label: format.period(indicator.frequency, m.periodStart),
    value: m.value,
    state: m.state,
  }));
  const layout = layoutChart({ ...indicator, kind: indicator.chartKind, points, width: WIDTH, height: HEIGHT });
  const lowest = points.reduce<(typeof points)[number] | null>((low, p) => (low === null || p.value < low.value ? p : low), null);
  const latest = points.at(-1);
  const targets =
    indicator.target === null
      ? t('indicators.chart.noTargets')
      : indicator.alertThreshold === null
        ? t('indicators.chart.targets', { target: show(indicator.target) })
        : t('indicators.chart.targetsWithThreshold', { target: show(indicator.target), threshold: show(indicator.alertThreshold) });
  const summary =
    lowest === null || latest === undefined
      ? t('indicators.chart.summaryEmpty', { name: indicator.name })
      : t('indicators.chart.summary', {
          name: indicator.name,
          count: points.length,
          first: points[0]?.label ?? '',
          last: latest.label,
          target: targets,
          lowest: show(lowest.value),
          lowestPeriod: lowest.label,
          lowestState: t(`indicators.state.${lowest.state}`).toLowerCase(),
          latest: show(latest.value),
          latestPeriod: latest.label,
          latestState: t(`indicators.state.${latest.state}`).toLowerCase(),
        });
  const { plot } = layout;
  return (
    <figure className="indicator-chart" data-testid="indicator-chart">
      <svg className="indicator-chart__svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={captionId}>
        {layout.ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} className="indicator-chart__grid" />
            <text x={plot.left - 8} y={tick.y + 4} textAnchor="end" className="indicator-chart__tick">
              {format.number(tick.value)}
            </text>
          </g>
        ))}
        <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} className="indicator-chart__axis" />
        {layout.bars.length > 0 &&
          indicator.chartKind === 'barres' &&
          layout.bars.map((bar) => (
            <rect
              key={bar.key}
              x={bar.left}
              y={bar.top}
              width={bar.width}
              height={bar.height}
              className={`indicator-chart__bar indicator-chart__bar--${bar.state}`}
            />
          ))}
        {layout.path !== '' && <path d={layout.path} className="indicator-chart__line" />}
        {layout.thresholdY !== null && indicator.alertThreshold !== null && (
          <g className="indicator-chart__threshold" data-testid="chart-threshold">
            <line x1={plot.left} x2={plot.right} y1={layout.thresholdY} y2={layout.thresholdY} />
            <text x={plot.right + 6} y={layout.thresholdY + 4}>
              {t('indicators.chart.threshold', { value: show(indicator.alertThreshold) })}
            </text>
          </g>
        )}
        {layout.targetY !== null && indicator.target !== null && (
          <g className="indicator-chart__target" data-testid="chart-target">
            <line x1={plot.left} x2={plot.right} y1={layout.targetY} y2={layout.targetY} />
            <text x={plot.right + 6} y={layout.targetY + 4}>
              {t('indicators.chart.target', { value: show(indicator.target) })}
            </text>
          </g>
        )}
        {layout.points.map((point) => (
          <g
            key={point.key}
            className={`indicator-chart__point indicator-chart__point--${point.state}${point.key === layout.lowestKey ? ' indicator-chart__point--lowest' : ''}`}
            data-testid={point.key === layout.lowestKey ? 'chart-lowest' : undefined}
          >
            <Marker x={point.x} y={point.y} state={point.state} />
            <text x={point.x} y={below(point.state) ? point.y + 20 : point.y - 12} textAnchor="middle" className="indicator-chart__value">
              {show(point.value)}
            </text>
            <text x={point.x} y={plot.bottom + 20} textAnchor="middle" className="indicator-chart__tick">
              {point.label}
            </text>
          </g>
        ))}
      </svg>
      <figcaption id={captionId} className="indicator-chart__caption">
        {summary}
      </figcaption>
      <ChartValuesTable indicator={indicator} points={points} show={show} />
    </figure>
  );
};
