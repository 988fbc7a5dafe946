import type { Builder } from './builder';
import type { Style } from './fonts';
import type { Color } from './pen';
import type { Line } from './text';
import { theme } from './theme';

export type Column = {
  header: string;
  /** Share of the table's width (the shares are normalised). */
  share: number;
  align?: 'left' | 'right';
  style?: Style;
  /** False for identifiers (references, file names, fingerprints): printed as stored, no French typography. */
  prose?: boolean;
};

export type Cell = string | { text: string; style?: Style; color?: Color; fill?: Color };

type LaidCell = { lines: Line[]; size: number; style: Style; color: Color; fill: Color | null };

const size = theme.size.table;
/**
 * A word wider than its column is set smaller, down to this size, rather than cut: "Accompagnement"
 * or "615 octets" stay whole. Only a word that would not fit even so (a long identifier) is cut.
 */
const SMALLEST = 6;
const pad = theme.cellPadding;

/** A title (and a muted note) printed above a table, kept on the page of its header and first row. */
export type Caption = { title: string; note?: string };

const columnWidths = (b: Builder, columns: readonly Column[]): number[] => {
  const total = columns.reduce((sum, column) => sum + column.share, 0);
  return columns.map((column) => (column.share / total) * b.width);
};

/** A cell's lines at the size that fits its column (header cells bold, identifiers without French typography). */
const layTableCell = (b: Builder, column: Column, columnWidth: number, cell: Cell, header: boolean): LaidCell => {
  const text = typeof cell === 'string' ? cell : cell.text;
  const style = header ? 'bold' : typeof cell === 'string' ? (column.style ?? 'regular') : (cell.style ?? column.style ?? 'regular');
  const color = typeof cell === 'string' ? theme.color.text : (cell.color ?? theme.color.text);
  const fill = typeof cell === 'string' ? null : (cell.fill ?? null);
  const width = columnWidth - 2 * pad.x;
  const prose = header || column.prose !== false;
  const fitted = b.sizeToFit(text, style, size, width, prose, SMALLEST);
  return { lines: b.wrap(text, style, fitted, width, prose), size: fitted, style, color, fill };
};

/** The caption's height (as `b.paragraph` lays it out: lines, then a little space under each) and its drawing. */
const layCaption = (b: Builder, caption: Caption | undefined) => {
  const parts = caption
    ? [
        { text: caption.title, style: 'bold' as const, size: theme.size.body, color: theme.color.accent },
        ...(caption.note
          ? [{ text: caption.note, style: 'regular' as const, size: theme.size.small + 0.5, color: theme.color.muted }]
          : []),
      ]
    : [];
  const height = parts.reduce(
    (sum, part) => sum + b.wrap(part.text, part.style, part.size, b.width).length * b.lineHeight(part.size) + part.size * 0.45,
    caption ? 2 : 0,
  );
  const draw = (): void => {
    if (caption) b.space(2);
    for (const part of parts) b.paragraph(part.text, { style: part.style, size: part.size, color: part.color });
  };
  return { height, draw };
};

/**
 * A table drawn row by row (rows may come from a loop that awaits between them). Rows wrap their
 * cells; a row that does not fit moves to the next page with the header repeated above it; a row
 * taller than a page is cut between lines. The header (and the caption) go down with the first
 * row, never alone at the foot of a page. Tagged Table › TR › TH/TD; the repeated headers are
 * artifacts, so a reader hears the header once.
 */
export const beginTable = (b: Builder, columns: readonly Column[], options: { zebra?: boolean; caption?: Caption } = {}) => {
  const { pen } = b;
  const widths = columnWidths(b, columns);
  const xs = widths.map((_, index) => b.left + widths.slice(0, index).reduce((sum, w) => sum + w, 0));
  const layCell = (cell: Cell, index: number, header: boolean): LaidCell =>
    layTableCell(b, columns[index] as Column, widths[index] as number, cell, header);
  const lineHeight = b.lineHeight(size, theme.tableLeading);
  const baseline = b.baselineOffset(size, theme.tableLeading);
  let rowIndex = 0;

  const headerCells = columns.map((column, index) => layCell(column.header, index, true));
  const headerHeight = Math.max(...headerCells.map((cell) => cell.lines.length)) * lineHeight + 2 * pad.y;
  const pageCapacity = Math.floor((b.bottom - theme.margin.top - headerHeight - 2 * pad.y) / lineHeight);

  /** Draws lines [from, to) of each cell in a band of `height` at the cursor. */
  const band = (cells: LaidCell[], from: number, to: number, height: number, kind: 'TH' | 'TD', fill: Color | null): void => {
    const top = b.y;
    pen.artifact(() => {
      if (fill) pen.rect(b.left, top, b.width, height, fill);
      cells.forEach((cell, index) => {
        if (cell.fill) pen.rect(xs[index] as number, top, widths[index] as number, height, cell.fill);
      });
      pen.line(b.left, top + height, b.left + b.width, top + height, theme.color.rule, 0.5);
    });
    cells.forEach((cell, index) => {
      const column = columns[index] as Column;
      pen.open(kind);
      cell.lines.slice(from, to).forEach((line, lineIndex) => {
        const cellWidth = (widths[index] as number) - 2 * pad.x;
        const shift = column.align === 'right' ? cellWidth - line.width * cell.size : 0;
        pen.text(line, (xs[index] as number) + pad.x + shift, top + pad.y + lineIndex * lineHeight + baseline, cell.size, cell.color);
      });
      pen.close();
    });
    b.y = top + height;
  };

  const drawHeader = (repeated: boolean): void => {
    const draw = () => band(headerCells, 0, Infinity, headerHeight, 'TH', theme.color.accentLight);
    if (repeated) pen.artifact(() => draw());
    else {
      pen.open('TR');
      draw();
      pen.close();
    }
  };

  const breakPage = (): void => {
    b.newPage();
    drawHeader(true);
  };

  const { caption } = options;
  const captionLayout = layCaption(b, caption);
  const captionHeight = captionLayout.height;
  const firstPageCapacity = pageCapacity - Math.ceil(captionHeight / lineHeight);
  let started = false;
  /**
   * Draws the caption and header where the first row (`lines` tall) goes: on the next page when
   * only there would it be whole. Answers whether it ran (the first row's place is then decided).
   */
  const start = (lines: number): boolean => {
    if (started) return false;
    started = true;
    b.ensure(captionHeight + headerHeight + lineHeight * 2 + 2 * pad.y);
    const fitsUnder = Math.floor((b.remaining() - captionHeight - headerHeight - 2 * pad.y) / lineHeight);
    if (fitsUnder < lines && (lines <= firstPageCapacity || fitsUnder < 3) && b.y > theme.margin.top) b.newPage();
    captionLayout.draw();
    pen.open('Table');
    drawHeader(false);
    return true;
  };

  return {
    row: (cells: readonly Cell[]): void => {
      const laid = cells.map((cell, index) => layCell(cell, index, false));
      const lineCount = Math.max(1, ...laid.map((cell) => cell.lines.length));
      const first = start(lineCount);
      const fill = options.zebra !== false && rowIndex % 2 === 1 ? theme.color.zebra : null;
      rowIndex += 1;
      pen.open('TR');
      const fits = (): number => Math.floor((b.remaining() - 2 * pad.y) / lineHeight);
      // Keep a row whole when a fresh page can hold it; cut only rows taller than a page.
      if (!first && fits() < lineCount && (lineCount <= pageCapacity || fits() < 3)) breakPage();
      let from = 0;
      while (from < lineCount) {
        if (fits() < 1) breakPage();
        const to = from + Math.max(1, Math.min(lineCount - from, fits()));
        band(laid, from, to, (to - from) * lineHeight + 2 * pad.y, 'TD', fill);
        from = to;
      }
      pen.close();
    },
    /** A row spanning the table, for "nothing to list" or a group title. */
    note: (text: string, color: string = theme.color.muted): void => {
      const lines = b.wrap(text, 'italic', size, b.width - 2 * pad.x);
      const height = lines.length * lineHeight + 2 * pad.y;
      start(lines.length);
      if (b.remaining() < height) breakPage();
      const top = b.y;
      pen.open('TR');
      pen.open('TD');
      lines.forEach((line, index) => pen.text(line, b.left + pad.x, top + pad.y + index * lineHeight + baseline, size, color));
      pen.close();
      pen.close();
      pen.artifact(() => pen.line(b.left, top + height, b.left + b.width, top + height, theme.color.rule, 0.5));
      b.y = top + height;
    },
    end: (): void => {
      start(0);
      pen.close();
      b.space(10);
    },
  };
};
