/**
 * A heading's anchor: lower case, accents dropped, every run of other characters a hyphen
 * ("Plan d’actions" → "plan-d-actions"). The screens name the guide's sections by it.
 */
export const slugOf = (heading: string): string =>
  heading
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** Words folded the same way, for searching the guide without minding accents or case. */
export const foldForSearch = (text: string): string => slugOf(text).replace(/-/g, ' ');

export type GuideSection = { level: 2 | 3; title: string; slug: string; markdown: string };

/** The guide cut at its level-2 and level-3 headings; what comes before the first one is dropped (the title). */
export const sectionsOf = (markdown: string): GuideSection[] => {
  const sections: GuideSection[] = [];
  for (const line of markdown.split('\n')) {
    const heading = /^(#{2,3}) (.+)$/.exec(line);
    if (heading)
      sections.push({ level: heading[1] === '##' ? 2 : 3, title: heading[2] ?? '', slug: slugOf(heading[2] ?? ''), markdown: '' });
    const current = sections.at(-1);
    if (current) current.markdown += `${line}\n`;
  }
  return sections;
};
