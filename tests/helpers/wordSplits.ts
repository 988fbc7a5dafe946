import type { PlacedText } from './pdf';

type TextLine = { page: number; x: number; y: number; text: string };

/** Runs on the same page and baseline that touch, merged left to right: one line of a cell or of a paragraph. */
const linesOf = (placed: readonly PlacedText[]): TextLine[] => {
  const byBaseline = new Map<string, PlacedText[]>();
  for (const item of placed) {
    const key = `${item.page}/${item.y.toFixed(1)}`;
    byBaseline.set(key, [...(byBaseline.get(key) ?? []), item]);
  }
  const lines: TextLine[] = [];
  for (const items of byBaseline.values()) {
    items.sort((a, z) => a.x - z.x);
    let current: (TextLine & { right: number }) | null = null;
    for (const item of items) {
      const gap = current === null ? Infinity : item.x - current.right;
      // Runs of one line follow each other; the next cell starts at least a padding away.
      if (current !== null && gap < 2.5) {
        current.text += gap > 0.8 ? ` ${item.str}` : item.str;
        current.right = item.x + item.width;
      } else {
        if (current) lines.push(current);
        current = { page: item.page, x: item.x, y: item.y, text: item.str, right: item.x + item.width };
      }
    }
    if (current) lines.push(current);
  }
  return lines;
};

const UNIT = /^(octets?|ko|Mo|%|jours?|j)(?![\p{L}])/u;
const edge = (token: string): string => token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * Words cut at the end of a line, read on the text layer: where a line ends inside a word and the
 * line under it (same left edge, next baseline) goes on with the rest. A cut is told from a line
 * break between two words because the two pieces joined make a word of `vocabulary` (the words of
 * the PDF and of the records typed); a number left apart from its unit counts too.
 */
export const wordSplits = (placed: readonly PlacedText[], vocabulary: ReadonlySet<string>): string[] => {
  const lines = linesOf(placed);
  const found: string[] = [];
  for (const line of lines) {
    const below = lines
      .filter((other) => other.page === line.page && Math.abs(other.x - line.x) < 0.6 && line.y - other.y > 5 && line.y - other.y < 14)
      .sort((a, z) => z.y - a.y)[0];
    if (!below) continue;
    const last = line.text.trim().split(/\s+/).at(-1) ?? '';
    const first = below.text.trim().split(/\s+/)[0] ?? '';
    if (/\d$/.test(last) && UNIT.test(first)) {
      found.push(`page ${line.page} : « ${last} » | « ${first} »`);
      continue;
    }
    const joined = edge(`${last}${first}`);
    if (/\p{L}$/u.test(last) && /^\p{Ll}/u.test(first) && vocabulary.has(joined.toLowerCase()))
      found.push(`page ${line.page} : « ${last} » | « ${first} »`);
  }
  return found;
};

/** The words of some texts, lower-cased, as `wordSplits` compares them. */
export const wordsOf = (texts: readonly string[]): Set<string> =>
  new Set(
    texts
      .flatMap((text) => text.split(/[\s\u202F\u00A0]+/))
      .map((token) => edge(token).toLowerCase())
      .filter((token) => token.length > 2),
  );
