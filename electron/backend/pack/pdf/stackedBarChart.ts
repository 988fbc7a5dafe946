import { scaleBand, scaleLinear } from 'd3-scale';
import type { Builder } from './builder';
import type { Color } from './pen';
import { theme } from './theme';
import { integer } from './typography';

/** One part of every bar (a state), with its colour in the bars and the legend. */
export type StackSeries = { label: string; color: Color };
/** One bar (a severity): its counts in the order of the series. */
export type Stack = { label: string; counts: readonly number[] };

const LABEL = theme.size.small;
const ROW = 20;
const LABEL_WIDTH = 90;

/**
 * Horizontal stacked bars on a d3 linear scale: one bar per category, one part per series, each
 * part's count written inside it (when it fits) and each bar's total at its end, so the figures
 * read without the colours. A legend above names the parts. Tagged as one Figure whose
 * alternative text states every count.
 */
export const stackedBarChart = (b: Builder, series: readonly StackSeries[], stacks: readonly Stack[], title: string): void => {
  const { pen } = b;
  // The legend: swatches and labels on as many lines as they need.
  const legend: { x: number; line: number; series: StackSeries; width: number }[] = [];
  let x = 0;
  let line = 0;
  for (const item of series) {
    const width = 13 + (b.wrap(item.label, 'regular', LABEL, b.width, false)[0]?.width ?? 0) * LABEL + 14;
    if (x > 0 && x + width > b.width) {
      x = 0;
      line += 1;
    }
    legend.push({ x, line, series: item, width });
    x += width;
  }
  const legendHeight = (line + 1) * 14 + 6;
  const height = legendHeight + stacks.length * ROW + 20;
  b.ensure(height);
  const top = b.y;
  const barsTop = top + legendHeight;
  const totals = stacks.map((stack) => stack.counts.reduce((sum, count) => sum + count, 0));
  const scaleX = scaleLinear()
    .domain([0, Math.max(1, ...totals)])
    .nice(4)
    .range([b.left + LABEL_WIDTH, b.left + b.width - 34]);
  const scaleY = scaleBand<number>()
    .domain(stacks.map((_, index) => index))
    .range([barsTop, barsTop + stacks.length * ROW])
    .padding(0.25);
  const write = (text: string, at: number, baseline: number, color: Color, style: 'regular' | 'bold' = 'regular', centred = false) => {
    const laid = b.wrap(text, style, LABEL, LABEL_WIDTH - 8, false)[0];
    if (laid) pen.text(laid, centred ? at - (laid.width * LABEL) / 2 : at, baseline, LABEL, color);
    return (laid?.width ?? 0) * LABEL;
  };
  const alt = `${title} : ${stacks
    .map(
      (stack, index) =>
        `${stack.label} ${integer(totals[index] ?? 0)} (${series.map((s, i) => `${s.label.toLowerCase()} ${integer(stack.counts[i] ?? 0)}`).join(', ')})`,
    )
    .join(' ; ')}.`;
  pen.open('Figure', { alt });
  for (const item of legend) {
    const legendY = top + item.line * 14;
    pen.rect(b.left + item.x, legendY + 2, 9, 9, item.series.color);
    write(item.series.label, b.left + item.x + 13, legendY + 9.5, theme.color.text);
  }
  pen.artifact(() => {
    const bottom = barsTop + stacks.length * ROW;
    for (const tick of scaleX.ticks(4).filter(Number.isInteger)) {
      pen.line(scaleX(tick), barsTop - 2, scaleX(tick), bottom, theme.color.rule, 0.4);
      write(integer(tick), scaleX(tick), bottom + 10, theme.color.muted, 'regular', true);
    }
  });
  stacks.forEach((stack, index) => {
    const barTop = scaleY(index) ?? barsTop;
    const middle = barTop + scaleY.bandwidth() / 2 + 3;
    write(stack.label, b.left, middle, theme.color.text, 'bold');
    let from = 0;
    stack.counts.forEach((count, part) => {
      if (count === 0) return;
      const x0 = scaleX(from);
      const x1 = scaleX(from + count);
      pen.rect(x0, barTop, x1 - x0, scaleY.bandwidth(), series[part]?.color ?? theme.color.neutral);
      const label = b.wrap(integer(count), 'bold', LABEL, 40, false)[0];
      if (label && label.width * LABEL + 4 < x1 - x0) pen.text(label, (x0 + x1) / 2 - (label.width * LABEL) / 2, middle, LABEL, '#ffffff');
      from += count;
    });
    write(integer(totals[index] ?? 0), scaleX(from) + 4, middle, theme.color.text, 'bold');
  });
  pen.close();
  b.y = top + height;
};
