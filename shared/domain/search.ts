/**
 * The global search's rules, shared by the backend (records) and the palette (commands): words are
 * compared without accents, capitals or ligatures, each typed word must begin a word of the record,
 * and a record ranks by where its words were found (its reference first, then its title, then its
 * text).
 */

/** Lower case, accents removed, ligatures spelled out, anything but letters and digits a space. */
export const foldForSearch = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\u0153/g, 'oe') // œ (escaped: bundles stay Latin-1, one byte per character in V8)
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The words typed, folded; none when nothing searchable was typed. */
export const searchWords = (typed: string): string[] => foldForSearch(typed).split(' ').filter(Boolean);

const beginsAWord = (folded: string, word: string): boolean => ` ${folded}`.includes(` ${word}`);

export type Searchable = { label: string; title: string; titleEn?: string | null; body: string };

/**
 * How well a record answers the words: 0 when a word is found nowhere, else higher the closer the
 * words sit to its reference and title. A reference typed whole (« NC-2026-001 ») ranks first.
 */
export const searchScore = (words: readonly string[], record: Searchable): number => {
  if (words.length === 0) return 0;
  const label = foldForSearch(record.label);
  const title = foldForSearch(`${record.title} ${record.titleEn ?? ''}`);
  const body = foldForSearch(record.body);
  let score = 0;
  for (const word of words) {
    if (beginsAWord(label, word)) score += 30;
    else if (beginsAWord(title, word)) score += 10;
    else if (beginsAWord(body, word)) score += 2;
    else return 0;
  }
  if (label !== '' && label === words.join(' ')) score += 1000;
  return score;
};

/** A few words of `text` around the first typed word found in it, that word between « and ». */
export const searchExcerpt = (words: readonly string[], text: string, around = 40): string => {
  const source = text.replace(/\s+/g, ' ').trim();
  // Folding keeps one character per character for the Latin letters met here, so positions match.
  const folded = source.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  if (folded.length !== source.length) return '';
  for (const word of words) {
    const match = new RegExp(`(^|[^\\p{L}\\p{N}])(${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[\\p{L}\\p{N}]*)`, 'u').exec(folded);
    if (!match) continue;
    const start = match.index + (match[1]?.length ?? 0);
    const end = start + (match[2]?.length ?? 0);
    const from = Math.max(0, start - around);
    const to = Math.min(source.length, end + around);
    return `${from > 0 ? '…' : ''}${source.slice(from, start)}«${source.slice(start, end)}»${source.slice(end, to)}${to < source.length ? '…' : ''}`;
  }
  return '';
};
