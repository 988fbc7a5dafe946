import { indicatorStateLabels } from '../../../../shared/labels/indicators';
import { scaleBand, scaleLinear } from 'd3-scale';
import { symbol, symbolCircle, symbolCross, symbolDiamond, symbolTriangle } from 'd3-shape';
import { type IndicatorState } from '../../../../shared/domain/indicator-state';
import type { Builder } from './builder';
import type { Color } from './pen';
import { theme } from './theme';

export type SeriesPoint = { label: string; value: number; state: IndicatorState };

export type SeriesChart = {
  title: string;
  kind: 'ligne' | 'barres';
  points: readonly SeriesPoint[];
  target: number | null;
  threshold: number | null;
  /** Top of the value axis (100 for a rate, the scale of a note); null: the data decide. */
  top: number | null;
  /** "62,5 %", "1 250 h". */
  format: (value: number) => string;
};

const HEIGHT = 132;
const LABEL = theme.size.small - 0.5;

// Each state has its own shape (circle, triangle, cross, diamond), so the chart reads in grey too.
const markers: Record<IndicatorState, { shape: Parameters<typeof symbol>[0]; color: Color }> = {
  atteint: { shape: symbolCircle, color: theme.color.ok },
  vigilance: { shape: symbolTriangle, color: theme.color.warn },
  non_atteint: { shape: symbolCross, color: theme.color.gap },
  sans_cible: { shape: symbolDiamond, color: theme.color.neutral },
  sans_mesure: { shape: symbolDiamond, color: theme.color.neutral },
};

/** A dashed horizontal rule: the pen strokes solid lines only. */
const dashed = (b: Builder, x1: number, x2: number, y: number, color: Color): void => {
  for (let x = x1; x < x2; x += 10) b.pen.line(x, y, Math.min(x + 6, x2), y, color, 0.9);
};

/**
 * An indicator over time, as vectors: a line (or bars) on d3 scales, the target as a solid rule and
 * the alert threshold as a dashed one, both labelled, each point marked by its state's shape and
 * value. Tagged as one Figure whose alternative text states every value, the target and the threshold.
 */
export const seriesChart = (b: Builder, chart: SeriesChart): void => {
  b.ensure(HEIGHT + 8);
  const { pen } = b;
  const top = b.y + 6;
  const bottom = top + HEIGHT - 30;
  const left = b.left + 36;
  const right = b.left + b.width - 78;
  const highest = Math.max(1, ...chart.points.map((p) => p.value), chart.target ?? 0, chart.threshold ?? 0);
  const y = scaleLinear()
    .domain([0, chart.top ?? highest * 1.15])
    .nice(4)
    .range([bottom, top]);
  const x = scaleBand<number>()
    .domain(chart.points.map((_, index) => index))
    .range([left, right])
    .padding(chart.kind === 'barres' ? 0.4 : 0.2);
  const centre = (index: number) => (x(index) ?? left) + x.bandwidth() / 2;
  const text = (value: string, at: number, baseline: number, color: Color, align: 'left' | 'centre' | 'right' = 'centre') => {
    const line = b.wrap(value, 'regular', LABEL, 120, false)[0];
    if (!line) return;
    const width = line.width * LABEL;
    pen.text(line, align === 'left' ? at : align === 'right' ? at - width : at - width / 2, baseline, LABEL, color);
  };
  const targets = [
    chart.target === null ? null : `cible ${chart.format(chart.target)}`,
    chart.threshold === null ? null : `seuil d’alerte ${chart.format(chart.threshold)}`,
  ].filter((part) => part !== null);
  const alt = `${chart.title} : ${chart.points.map((p) => `${p.label} ${chart.format(p.value)} (${indicatorStateLabels.fr[p.state].toLowerCase()})`).join(', ') || 'aucune mesure'}${targets.length > 0 ? ` ; ${targets.join(', ')}` : ''}.`;

  pen.open('Figure', { alt });
  pen.artifact(() => {
    for (const tick of y.ticks(4)) {
      pen.line(left, y(tick), right, y(tick), theme.color.rule, 0.35);
      text(chart.format(tick), left - 4, y(tick) + 2.5, theme.color.muted, 'right');
    }
    pen.line(left, bottom, right, bottom, theme.color.muted, 0.6);
  });
  if (chart.kind === 'barres') {
    chart.points.forEach((point, index) =>
      pen.rect(x(index) ?? left, y(point.value), x.bandwidth(), bottom - y(point.value), theme.color.accentLight),
    );
  } else {
    for (let index = 1; index < chart.points.length; index++) {
      const from = chart.points[index - 1];
      const to = chart.points[index];
      if (from && to) pen.line(centre(index - 1), y(from.value), centre(index), y(to.value), theme.color.accent, 1.4);
    }
  }
  if (chart.threshold !== null) {
    dashed(b, left, right, y(chart.threshold), theme.color.warn);
    text(`Seuil ${chart.format(chart.threshold)}`, right + 5, y(chart.threshold) + 2.5, theme.color.warn, 'left');
  }
  if (chart.target !== null) {
    pen.line(left, y(chart.target), right, y(chart.target), theme.color.ok, 1.1);
    text(`Cible ${chart.format(chart.target)}`, right + 5, y(chart.target) + 2.5, theme.color.ok, 'left');
  }
  chart.points.forEach((point, index) => {
    const marker = markers[point.state];
    pen.path(symbol(marker.shape, 42)() ?? '', centre(index), y(point.value), marker.color);
    // Under its target, a value's label goes below the marker, clear of the target and threshold rules.
    const under = point.state === 'non_atteint' || point.state === 'vigilance';
    text(chart.format(point.value), centre(index), y(point.value) + (under ? 11 : -6), theme.color.text);
    text(point.label, centre(index), bottom + 11, theme.color.muted);
  });
  pen.close();
  b.y = top + HEIGHT - 12;
};
