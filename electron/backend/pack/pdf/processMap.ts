import type { Builder } from './builder';
import { theme } from './theme';

export type MapProcess = { name: string; pilot: string | null };
export type MapBand = { label: string; processes: MapProcess[] };

const PER_ROW = 3;
const GAP = 6;
const LABEL_WIDTH = 74;
const PAD = 5;
const NAME_SIZE = 8.5;
const PILOT_SIZE = 7.5;

/**
 * The process map as a quality manual draws it: one band per kind (pilotage, réalisation, support),
 * a box per process with its pilot. Vector boxes and text; tagged as one Figure whose alternative
 * text lists the processes, so a reader hears the map.
 */
export const processMap = (b: Builder, bands: readonly MapBand[]): void => {
  const { pen } = b;
  const boxWidth = (b.width - LABEL_WIDTH - GAP * PER_ROW) / PER_ROW;
  const inner = boxWidth - 2 * PAD;
  const alt = `Cartographie des processus : ${bands
    .map((band) => `${band.label} : ${band.processes.map((process) => process.name).join(', ') || 'aucun'}`)
    .join(' ; ')}.`;
  pen.open('Figure', { alt });
  for (const band of bands) {
    const rows: MapProcess[][] = [];
    for (let index = 0; index < Math.max(1, band.processes.length); index += PER_ROW)
      rows.push(band.processes.slice(index, index + PER_ROW));
    const laid = rows.map((row) =>
      row.map((process) => ({
        name: b.wrap(process.name, 'bold', NAME_SIZE, inner),
        pilot: process.pilot === null ? [] : b.wrap(`Pilote : ${process.pilot}`, 'regular', PILOT_SIZE, inner),
      })),
    );
    const heights = laid.map((row) =>
      Math.max(28, ...row.map((box) => box.name.length * b.lineHeight(NAME_SIZE) + box.pilot.length * b.lineHeight(PILOT_SIZE) + 2 * PAD)),
    );
    const bandHeight = heights.reduce((sum, height) => sum + height + GAP, GAP);
    // The page breaks between bands, never inside one (nor inside the artifact drawing it).
    b.ensure(bandHeight);
    const top = b.y;
    pen.rect(b.left, top, b.width, bandHeight, theme.color.accentLight);
    for (const line of b.wrap(band.label, 'bold', NAME_SIZE, LABEL_WIDTH - 2 * PAD))
      pen.text(line, b.left + PAD, top + bandHeight / 2 + 3, NAME_SIZE, theme.color.accent);
    let y = top + GAP;
    laid.forEach((row, rowIndex) => {
      const height = heights[rowIndex] ?? 28;
      row.forEach((box, column) => {
        const x = b.left + LABEL_WIDTH + column * (boxWidth + GAP);
        pen.rect(x, y, boxWidth, height, '#ffffff');
        pen.line(x, y, x + boxWidth, y, theme.color.accent, 0.8);
        let line = y + PAD;
        for (const text of box.name) {
          pen.text(text, x + PAD, line + b.baselineOffset(NAME_SIZE), NAME_SIZE, theme.color.text);
          line += b.lineHeight(NAME_SIZE);
        }
        for (const text of box.pilot) {
          pen.text(text, x + PAD, line + b.baselineOffset(PILOT_SIZE), PILOT_SIZE, theme.color.muted);
          line += b.lineHeight(PILOT_SIZE);
        }
      });
      if (row.length === 0)
        for (const text of b.wrap('Aucun processus de ce type', 'italic', PILOT_SIZE, boxWidth * 2))
          pen.text(text, b.left + LABEL_WIDTH, y + 16, PILOT_SIZE, theme.color.muted);
      y += height + GAP;
    });
    b.y = top + bandHeight + 4;
  }
  pen.close();
  b.space(6);
};
