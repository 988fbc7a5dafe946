import type { FontSet, Style } from './fonts';
import type { Color, Pen } from './pen';
import { widestWord, wrapText, type Line } from './text';
import { theme } from './theme';
import { frenchTypography } from './typography';

/** A heading as the first pass found it: the table of contents and the outline are made from these. */
export type Heading = { id: string; title: string; level: 1 | 2; page: number };

export type TextOptions = {
  style?: Style;
  size?: number;
  color?: Color;
  prose?: boolean;
  leading?: number;
  indent?: number;
  width?: number;
};

export type BuilderOptions = {
  fonts: FontSet;
  pen: Pen;
  /** Draws the header and footer of a page (not of the cover). */
  frame?: (b: Builder) => void;
  /** Called at each page break: progress, cancellation, stream back-pressure. */
  onPage?: () => void;
};

/**
 * The layout cursor: the current page and the height used on it. Blocks ask for room, break pages
 * and draw through the pen; the same calls run once to measure and once to draw.
 */
export const createBuilder = (options: BuilderOptions) => {
  const { fonts, pen } = options;
  const headings: Heading[] = [];
  let page = 0;
  let y: number = theme.margin.top;
  const left = theme.margin.left;
  const width = pen.page.width - theme.margin.left - theme.margin.right;
  const bottom = pen.page.height - theme.margin.bottom;

  const newPage = (framed = true): void => {
    options.onPage?.();
    pen.addPage();
    page += 1;
    y = theme.margin.top;
    if (framed) options.frame?.(b);
  };

  const lineHeight = (size: number, leading: number = theme.leading): number => size * leading;
  // Centres the font's ascent–descent box in the line box.
  const baselineOffset = (size: number, leading: number = theme.leading): number =>
    (lineHeight(size, leading) + (fonts.regular.ascent + fonts.regular.descent) * size) / 2;

  const wrap = (text: string, style: Style, size: number, maxWidth: number, prose = true): Line[] =>
    wrapText(fonts, style, prose ? frenchTypography(text) : text, maxWidth / size, !pen.drawing);

  /** The size at which the text's widest word fits `maxWidth`, from `size` down to `floor` (below it, the word is cut). */
  const sizeToFit = (text: string, style: Style, size: number, maxWidth: number, prose = true, floor = size): number => {
    const widest = widestWord(fonts, style, prose ? frenchTypography(text) : text);
    if (widest * size <= maxWidth) return size;
    return Math.max(floor, Math.floor((maxWidth / widest) * 20) / 20);
  };

  const b = {
    fonts,
    pen,
    headings,
    left,
    width,
    bottom,
    get page(): number {
      return page;
    },
    get y(): number {
      return y;
    },
    set y(value: number) {
      y = value;
    },
    newPage,
    remaining: (): number => bottom - y,
    /** Starts a new page unless `height` still fits on this one. */
    ensure: (height: number): void => {
      if (y + height > bottom && y > theme.margin.top) newPage();
    },
    lineHeight,
    baselineOffset,
    wrap,
    sizeToFit,
    /** Draws laid-out lines from the cursor, breaking pages between lines. */
    lines: (
      lines: Line[],
      text: { style: Style; size: number; color: Color; leading?: number; x?: number; align?: 'left' | 'right'; width?: number },
    ) => {
      const height = lineHeight(text.size, text.leading);
      for (const line of lines) {
        if (y + height > bottom) newPage();
        const x = text.x ?? left;
        const shift = text.align === 'right' ? (text.width ?? width) - line.width * text.size : 0;
        pen.text(line, x + shift, y + baselineOffset(text.size, text.leading), text.size, text.color);
        y += height;
      }
    },
    /** A paragraph of prose (French typography applied), tagged P. */
    paragraph: (text: string, opts: TextOptions = {}): void => {
      const size = opts.size ?? theme.size.body;
      const style = opts.style ?? 'regular';
      const indent = opts.indent ?? 0;
      const lines = wrap(text, style, size, (opts.width ?? width) - indent, opts.prose ?? true);
      pen.open('P');
      b.lines(lines, { style, size, color: opts.color ?? theme.color.text, leading: opts.leading, x: left + indent });
      pen.close();
      y += size * 0.45;
    },
    space: (height: number): void => {
      y = Math.min(y + height, bottom);
    },
    /**
     * A heading, with its bookmark and its destination for the table of contents. A level-1
     * heading starts a page; a level-2 heading keeps at least a few lines under it.
     */
    heading: (level: 1 | 2, title: string, id: string): void => {
      const size = level === 1 ? theme.size.h1 : theme.size.h2;
      if (level === 1) {
        if (y > theme.margin.top) newPage();
      } else b.ensure(size * 2 + theme.size.body * 4);
      const lines = wrap(title, 'bold', size, width);
      headings.push({ id, title, level, page });
      pen.destination(id, y);
      pen.bookmark(frenchTypography(title), level, y);
      pen.open(level === 1 ? 'H1' : 'H2');
      b.lines(lines, { style: 'bold', size, color: theme.color.accent, leading: 1.2 });
      pen.close();
      if (level === 1) {
        pen.artifact(() => pen.line(left, y + 2, left + width, y + 2, theme.color.accent, 1.2));
        y += 12;
      } else y += 4;
    },
    /** Label–value pairs in two columns (a record's identity card). */
    keyValues: (rows: readonly (readonly [string, string])[], labelWidth = 150): void => {
      const size = theme.size.body;
      for (const [label, value] of rows) {
        const labelLines = wrap(label, 'bold', size, labelWidth - 8);
        const valueLines = wrap(value, 'regular', size, width - labelWidth);
        const height = Math.max(labelLines.length, valueLines.length) * lineHeight(size);
        b.ensure(Math.min(height, lineHeight(size) * 3));
        const top = y;
        pen.open('P');
        b.lines(labelLines, { style: 'bold', size, color: theme.color.muted });
        const afterLabel = y;
        const labelPage = page;
        y = top;
        b.lines(valueLines, { style: 'regular', size, color: theme.color.text, x: left + labelWidth });
        pen.close();
        if (page === labelPage) y = Math.max(y, afterLabel);
        y += 3;
      }
      y += 4;
    },
  };
  return b;
};

export type Builder = ReturnType<typeof createBuilder>;
