import type { Builder, Heading } from './builder';
import { theme } from './theme';

/**
 * The table of contents: one line per heading with a dotted leader to its page number, each line
 * a link to the heading. `offset` shifts the first pass's page numbers by the pages this table
 * itself takes (it prints before the content it lists).
 */
export const tableOfContents = (b: Builder, headings: readonly Heading[], offset: number): void => {
  const { pen } = b;
  b.heading(1, 'Sommaire', 'sommaire');
  pen.open('TOC');
  for (const heading of headings) {
    const size = heading.level === 1 ? theme.size.body + 0.5 : theme.size.body - 0.5;
    const style = heading.level === 1 ? 'bold' : 'regular';
    const indent = heading.level === 1 ? 0 : 16;
    const pageText = String(heading.page + offset);
    const numberWidth = 34;
    const lines = b.wrap(heading.title, style, size, b.width - indent - numberWidth - 12);
    const height = lines.length * b.lineHeight(size) + (heading.level === 1 ? 5 : 2);
    b.ensure(height);
    const top = b.y;
    pen.open('TOCI');
    b.lines(lines, { style, size, color: theme.color.text, x: b.left + indent });
    const last = lines[lines.length - 1];
    const lastBaseline = b.y - b.lineHeight(size) + b.baselineOffset(size);
    const number = b.wrap(pageText, style, size, numberWidth, false)[0];
    if (number) pen.text(number, b.left + b.width - number.width * size, lastBaseline, size, theme.color.text);
    pen.close();
    pen.artifact(() => {
      const from = b.left + indent + (last?.width ?? 0) * size + 4;
      const to = b.left + b.width - (number?.width ?? 0) * size - 4;
      for (let x = from + 2; x < to; x += 3.2) pen.rect(x, lastBaseline - 1, 0.8, 0.8, theme.color.neutral);
    });
    pen.link(b.left + indent, top, b.width - indent, b.y - top, heading.id);
    b.y += heading.level === 1 ? 5 : 2;
  }
  pen.close();
};
