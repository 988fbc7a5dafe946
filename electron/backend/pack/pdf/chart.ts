import { scaleBand, scaleLinear } from 'd3-scale';
import { arc, pie } from 'd3-shape';
import type { Builder } from './builder';
import type { Color } from './pen';
import { theme } from './theme';
import { integer, percent } from './typography';

export type Slice = { label: string; value: number; color: Color };

const legendSize = theme.size.small;

/**
 * A ring chart with its legend (label, count, share): d3-shape gives the arcs as SVG paths, the
 * pen draws them as vectors. Tagged as one Figure whose alternative text states the figures.
 */
export const donutChart = (b: Builder, slices: readonly Slice[], title: string): void => {
  const radius = 52;
  const height = Math.max(radius * 2, slices.length * 15) + 16;
  b.ensure(height);
  const top = b.y;
  const total = slices.reduce((sum, slice) => sum + slice.value, 0);
  const alt = `${title} : ${slices.map((slice) => `${slice.label} ${integer(slice.value)}`).join(', ')}.`;
  const { pen } = b;
  pen.open('Figure', { alt });
  const cx = b.left + radius + 4;
  const cy = top + radius + 4;
  if (total === 0) {
    pen.path(
      arc()({ innerRadius: radius * 0.58, outerRadius: radius, startAngle: 0, endAngle: Math.PI * 2 }) ?? '',
      cx,
      cy,
      theme.color.rule,
    );
  } else {
    const shapes = pie<Slice>()
      .value((slice) => slice.value)
      .sort(null)(slices.filter((slice) => slice.value > 0));
    const ring = arc<(typeof shapes)[number]>()
      .innerRadius(radius * 0.58)
      .outerRadius(radius)
      .padAngle(0.012);
    for (const shape of shapes) pen.path(ring(shape) ?? '', cx, cy, shape.data.color);
  }
  const centre = b.wrap(integer(total), 'bold', 14, radius);
  for (const line of centre) pen.text(line, cx - (line.width * 14) / 2, cy + 5, 14, theme.color.text);
  const legendX = cx + radius + 24;
  slices.forEach((slice, index) => {
    const rowY = top + 10 + index * 15;
    pen.rect(legendX, rowY - 7, 8, 8, slice.color);
    const share = total === 0 ? '' : ` (${percent(slice.value / total)})`;
    for (const line of b.wrap(`${slice.label} : ${integer(slice.value)}${share}`, 'regular', legendSize, b.width - legendX))
      pen.text(line, legendX + 13, rowY, legendSize, theme.color.text);
  });
  pen.close();
  b.y = top + height;
};

export type Bar = { label: string; value: number };

/** Horizontal bars on a d3 linear scale with a light grid: counts per process, per type… */
export const barChart = (b: Builder, bars: readonly Bar[], title: string, color: Color = theme.color.accent): void => {
  const rowHeight = 15;
  const labelWidth = 170;
  const height = bars.length * rowHeight + 24;
  b.ensure(Math.min(height, 200));
  const top = b.y;
  const { pen } = b;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const x = scaleLinear()
    .domain([0, max])
    .nice(4)
    .range([b.left + labelWidth, b.left + b.width - 30]);
  const y = scaleBand<number>()
    .domain(bars.map((_, index) => index))
    .range([top, top + bars.length * rowHeight])
    .padding(0.28);
  pen.open('Figure', { alt: `${title} : ${bars.map((bar) => `${bar.label} ${integer(bar.value)}`).join(', ')}.` });
  pen.artifact(() => {
    // Counts are whole: half-way ticks would print the same integer twice.
    for (const tick of x.ticks(4).filter(Number.isInteger)) {
      pen.line(x(tick), top - 2, x(tick), top + bars.length * rowHeight, theme.color.rule, 0.4);
      const label = b.wrap(integer(tick), 'regular', legendSize - 1, 40)[0];
      if (label)
        pen.text(
          label,
          x(tick) - (label.width * (legendSize - 1)) / 2,
          top + bars.length * rowHeight + 10,
          legendSize - 1,
          theme.color.muted,
        );
    }
  });
  bars.forEach((bar, index) => {
    const barTop = y(index) ?? top;
    const label = b.wrap(bar.label, 'regular', legendSize, labelWidth - 10)[0];
    if (label) pen.text(label, b.left, barTop + y.bandwidth() - 1.5, legendSize, theme.color.text);
    pen.rect(x(0), barTop, Math.max(0.5, x(bar.value) - x(0)), y.bandwidth(), color);
    const value = b.wrap(integer(bar.value), 'bold', legendSize, 40)[0];
    if (value) pen.text(value, x(bar.value) + 4, barTop + y.bandwidth() - 1.5, legendSize, theme.color.text);
  });
  pen.close();
  b.y = top + height;
};

export type KeyFigure = { value: string; label: string; color?: Color };

/** A row of boxed key figures (large number, short label), tagged as paragraphs. */
export const keyFigures = (b: Builder, figures: readonly KeyFigure[]): void => {
  const gap = 10;
  const boxWidth = (b.width - gap * (figures.length - 1)) / figures.length;
  const labels = figures.map((figure) => b.wrap(figure.label, 'regular', legendSize, boxWidth - 16));
  const height = 44 + Math.max(...labels.map((lines) => lines.length)) * b.lineHeight(legendSize);
  b.ensure(height);
  const top = b.y;
  const { pen } = b;
  figures.forEach((figure, index) => {
    const x = b.left + index * (boxWidth + gap);
    pen.artifact(() => {
      pen.rect(x, top, boxWidth, height, theme.color.accentLight);
      pen.rect(x, top, 3, height, figure.color ?? theme.color.accent);
    });
    pen.open('P');
    // A long figure ("1 234 / 2 000") is set smaller rather than cut.
    const em = b.wrap(figure.value, 'bold', 20, Number.POSITIVE_INFINITY, false)[0]?.width ?? 0;
    const size = em * 20 <= boxWidth - 16 ? 20 : Math.max(11, Math.floor(((boxWidth - 16) / em) * 20) / 20);
    const value = b.wrap(figure.value, 'bold', size, boxWidth - 16, false)[0];
    if (value) pen.text(value, x + 11, top + 27, size, figure.color ?? theme.color.accent);
    (labels[index] ?? []).forEach((line, lineIndex) =>
      pen.text(line, x + 11, top + 44 + lineIndex * b.lineHeight(legendSize), legendSize, theme.color.text),
    );
    pen.close();
  });
  b.y = top + height + 14;
};
