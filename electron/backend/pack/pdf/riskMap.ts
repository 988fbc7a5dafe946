import { scaleBand } from 'd3-scale';
import { riskMap, type RiskKind, type RiskLevel, type RiskScale } from '../../../../shared/domain/risks';
import { riskLevelLabels } from '../../../../shared/labels/risks';
import type { Builder } from './builder';
import type { Color } from './pen';
import { theme } from './theme';

// Light fills, so the references printed over them stay legible; the level's word is in the legend.
// An opportunity's high level is good news: blue, never the alarm's red.
const palettes: Record<RiskKind, { fills: Record<RiskLevel, Color>; edges: Record<RiskLevel, Color> }> = {
  risque: {
    fills: { faible: '#e3f1e4', moyen: '#fbefd8', eleve: theme.color.gapLight },
    edges: { faible: theme.color.ok, moyen: theme.color.warn, eleve: theme.color.gap },
  },
  opportunite: {
    fills: { faible: theme.color.zebra, moyen: '#eef3fb', eleve: '#dde8f7' },
    edges: { faible: theme.color.neutral, moyen: '#1d4f91', eleve: '#1d4f91' },
  },
};

const LABEL = theme.size.small - 0.5;
const AXIS = 92;

/**
 * The risk map as vectors: likelihood up the side (most likely at the top), impact along the bottom,
 * each cell filled by the level its score reaches, with the references evaluated there. d3's band
 * scales place the cells; the pen draws them. Tagged as one Figure whose alternative text lists every
 * cell that holds something (the register's table beside it gives the same in full).
 */
export const riskMapChart = <T>(
  b: Builder,
  items: readonly T[],
  evaluationOf: (item: T) => { likelihood: number; impact: number },
  referenceOf: (item: T) => string,
  scale: RiskScale,
  title: string,
  kind: RiskKind,
): void => {
  const { fills, edges } = palettes[kind];
  const rows = riskMap(items, evaluationOf, scale);
  const cellHeight = 34;
  const height = rows.length * cellHeight + 70;
  b.ensure(height + 10);
  const { pen } = b;
  // The likelihood axis is named above its labels, the impact axis beside its own.
  const named = b.y + 10;
  const top = b.y + 16;
  const left = b.left + AXIS;
  const right = b.left + b.width;
  const x = scaleBand<number>()
    .domain(scale.impact.map((_, index) => index + 1))
    .range([left, right])
    .paddingInner(0.04);
  const y = scaleBand<number>()
    .domain(rows.map((row) => row[0]?.likelihood ?? 0))
    .range([top, top + rows.length * cellHeight])
    .paddingInner(0.06);
  const filled = rows.flat().filter((cell) => cell.items.length > 0);
  const alt = `${title} : ${
    filled.length === 0
      ? 'aucun élément évalué'
      : filled
          .map(
            (cell) =>
              `probabilité ${cell.likelihood} et impact ${cell.impact} (score ${cell.score}) : ${cell.items.map(referenceOf).join(', ')}`,
          )
          .join(' ; ')
  }.`;
  pen.open('Figure', { alt });
  for (const row of rows) {
    for (const cell of row) {
      const cx = x(cell.impact) ?? left;
      const cy = y(cell.likelihood) ?? top;
      pen.rect(cx, cy, x.bandwidth(), y.bandwidth(), fills[cell.level]);
      pen.rect(cx, cy, 2, y.bandwidth(), edges[cell.level]);
      const references = cell.items.map(referenceOf).join(', ');
      const lines = b.wrap(references, 'bold', LABEL, x.bandwidth() - 8, false);
      const shown = lines.slice(0, 3);
      shown.forEach((line, index) => pen.text(line, cx + 5, cy + 10 + index * (LABEL + 1.5), LABEL, theme.color.text));
      if (lines.length > shown.length) {
        const more = b.wrap(`+ ${cell.items.length} au total`, 'regular', LABEL - 0.5, x.bandwidth() - 8)[0];
        if (more) pen.text(more, cx + 5, cy + y.bandwidth() - 3, LABEL - 0.5, theme.color.muted);
      }
    }
    const likelihood = row[0]?.likelihood ?? 0;
    const word = b.wrap(`${likelihood}. ${scale.likelihood[likelihood - 1] ?? ''}`, 'regular', LABEL, AXIS - 8);
    word.forEach((line, index) => pen.text(line, b.left, (y(likelihood) ?? top) + 12 + index * (LABEL + 1.5), LABEL, theme.color.text));
  }
  const base = top + rows.length * cellHeight + 12;
  scale.impact.forEach((word, index) => {
    const lines = b.wrap(`${index + 1}. ${word}`, 'regular', LABEL, x.bandwidth() - 4);
    lines.forEach((line, lineIndex) =>
      pen.text(line, (x(index + 1) ?? left) + 2, base + lineIndex * (LABEL + 1.5), LABEL, theme.color.text),
    );
  });
  const likelihoodAxis = b.wrap('Probabilité ↑', 'bold', LABEL, AXIS - 8)[0];
  if (likelihoodAxis) pen.text(likelihoodAxis, b.left, named, LABEL, theme.color.muted);
  const impactAxis = b.wrap('Impact →', 'bold', LABEL, AXIS - 8)[0];
  if (impactAxis) pen.text(impactAxis, b.left, base, LABEL, theme.color.muted);
  const legendY = base + 26;
  let legendX = left;
  for (const level of ['faible', 'moyen', 'eleve'] as const) {
    pen.rect(legendX, legendY - 7, 9, 9, fills[level]);
    pen.rect(legendX, legendY - 7, 2, 9, edges[level]);
    const range =
      level === 'faible'
        ? `moins de ${scale.mediumFrom}`
        : level === 'moyen'
          ? `${scale.mediumFrom} à ${scale.highFrom - 1}`
          : `${scale.highFrom} et plus`;
    const text = b.wrap(`${riskLevelLabels.fr[level]} (score ${range})`, 'regular', LABEL, 160)[0];
    if (text) pen.text(text, legendX + 13, legendY, LABEL, theme.color.text);
    legendX += 150;
  }
  pen.close();
  b.y = top + height;
};
