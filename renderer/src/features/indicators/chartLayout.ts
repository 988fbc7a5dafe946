import { scaleBand, scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { IndicatorState } from '../../../../shared/domain/indicator-state';
import type { ChartKind, IndicatorUnit } from '../../../../shared/domain/indicators';

export type ChartPoint = { key: string; label: string; value: number; state: IndicatorState };

export type ChartInput = {
  kind: ChartKind;
  unit: IndicatorUnit;
  scaleMax: number | null;
  target: number | null;
  alertThreshold: number | null;
  points: readonly ChartPoint[];
  width: number;
  height: number;
};

export const CHART_MARGIN = { top: 16, right: 96, bottom: 40, left: 56 } as const;

/** Top of the value axis: a rate tops at 100, a note at its scale; otherwise the largest value, target or threshold, with headroom. */
const domainTop = (input: ChartInput): number => {
  if (input.unit === 'pourcentage') return 100;
  if (input.unit === 'note' && input.scaleMax !== null) return input.scaleMax;
  const highest = Math.max(0, ...input.points.map((p) => p.value), input.target ?? 0, input.alertThreshold ?? 0);
  return highest === 0 ? 1 : highest * 1.15;
};

/**
 * The geometry of an indicator's chart, from d3-scale and d3-shape: where each period sits, the
 * line or the bars, the target and threshold lines, the ticks, and which point is the lowest.
 */
export const layoutChart = (input: ChartInput) => {
  const { top, right, bottom, left } = CHART_MARGIN;
  const x = scaleBand<string>()
    .domain(input.points.map((p) => p.key))
    .range([left, input.width - right])
    .padding(input.kind === 'barres' ? 0.35 : 0.2);
  const y = scaleLinear()
    .domain([0, domainTop(input)])
    .nice()
    .range([input.height - bottom, top]);
  const centre = (key: string) => (x(key) ?? left) + x.bandwidth() / 2;
  const points = input.points.map((p) => ({ ...p, x: centre(p.key), y: y(p.value) }));
  const path = line<{ x: number; y: number }>()
    .x((p) => p.x)
    .y((p) => p.y)(points);
  const bars = points.map((p) => ({ ...p, left: x(p.key) ?? left, width: x.bandwidth(), top: p.y, height: y(0) - p.y }));
  const lowest = points.reduce<(typeof points)[number] | null>((low, p) => (low === null || p.value < low.value ? p : low), null);
  return {
    width: input.width,
    height: input.height,
    plot: { left, right: input.width - right, top, bottom: input.height - bottom },
    points,
    bars,
    path: input.kind === 'ligne' ? (path ?? '') : '',
    ticks: y.ticks(5).map((value) => ({ value, y: y(value) })),
    targetY: input.target === null ? null : y(input.target),
    thresholdY: input.alertThreshold === null ? null : y(input.alertThreshold),
    lowestKey: lowest?.key ?? null,
  };
};

export type ChartLayout = ReturnType<typeof layoutChart>;
