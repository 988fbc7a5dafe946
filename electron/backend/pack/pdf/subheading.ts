import type { Builder } from './builder';
import { theme } from './theme';

/**
 * A small title inside a record (not in the outline), kept with the first lines under it. A table
 * takes its title as a caption instead (`beginTable`'s `caption`), which stays with its first row.
 */
export const subheading = (b: Builder, text: string): void => {
  b.ensure(b.lineHeight(theme.size.body) * 2 + b.lineHeight(theme.size.table) * 4);
  b.space(2);
  b.paragraph(text, { style: 'bold', color: theme.color.accent });
};
