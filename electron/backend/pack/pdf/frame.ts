import type { Builder } from './builder';
import { theme } from './theme';

export type FrameText = { organisation: string; title: string; packId: string; totalPages: number };

/** Running header (organisation, pack title and date) and footer (identifier, "page x / y"), as artifacts. */
export const drawFrame = (b: Builder, text: FrameText): void => {
  const { pen } = b;
  const size = theme.size.small - 0.5;
  const right = b.left + b.width;
  pen.artifact(() => {
    const headerY = theme.margin.top - 30;
    const organisation = b.wrap(text.organisation, 'bold', size, b.width / 2 - 10)[0];
    if (organisation) pen.text(organisation, b.left, headerY, size, theme.color.accent);
    const title = b.wrap(text.title, 'regular', size, b.width / 2 - 10)[0];
    if (title) pen.text(title, right - title.width * size, headerY, size, theme.color.muted);
    pen.line(b.left, headerY + 6, right, headerY + 6, theme.color.rule, 0.6);
    const footerY = b.bottom + 28;
    pen.line(b.left, footerY - 12, right, footerY - 12, theme.color.rule, 0.6);
    const id = b.wrap(`Identifiant du dossier : ${text.packId}`, 'regular', size, b.width / 2, false)[0];
    if (id) pen.text(id, b.left, footerY, size, theme.color.muted);
    const page = b.wrap(`page ${b.page} / ${text.totalPages}`, 'regular', size, b.width / 2, false)[0];
    if (page) pen.text(page, right - page.width * size, footerY, size, theme.color.text);
  });
};
