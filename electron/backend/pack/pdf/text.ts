import type { Face, FontSet, Style } from './fonts';

/** A piece of a line set in one face; `width` is in em (multiply by the font size). */
export type Run = { face: Face; text: string; width: number; shaped: boolean };
export type Line = { runs: Run[]; width: number };

type Word = { runs: Run[]; width: number; rtl: boolean; strong: boolean };

/** Shown where a character exists in none of the fonts: visible, searchable, and never the `.notdef` glyph PDF/A forbids. */
export const REPLACEMENT = 0xfffd;

// Invisible characters (joiners, variation selectors, bidi controls, soft hyphens) have no glyph in a
// text font; emoji sequences are made of them. Dropped before layout.
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/gu;
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed here.
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const RTL = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const STRONG = /[\p{L}]/u;

const graphemes = new Intl.Segmenter('fr', { granularity: 'grapheme' });

// Printable Latin-1 (without the soft hyphen), line feeds and French typography's usual marks: text
// made only of these is already clean and in NFC, as most cells are, and skips the five passes below.
const ALREADY_CLEAN = /^[\n\x20-\x7E\xA0-\xAC\xAE-\xFF\u0152\u0153\u2013\u2014\u2019\u201C\u201D\u2026\u202F\u20AC]*$/;

/** Text as the PDF may print it: NFC, one kind of line break, tabs as spaces, nothing invisible or controlling. */
export const cleanText = (text: string): string =>
  ALREADY_CLEAN.test(text)
    ? text
    : text
        .normalize('NFC')
        .replace(/\r\n?|[\u2028\u2029]/g, '\n')
        .replace(/\t/g, ' ')
        .replace(CONTROLS, '')
        .replace(IGNORABLE, '');

const pushRun = (runs: Run[], face: Face, text: string, width: number): void => {
  const last = runs[runs.length - 1];
  if (last && last.face === face && !last.shaped) {
    last.text += text;
    last.width += width;
  } else runs.push({ face, text, width, shaped: false });
};

// Words repeat (French words, dates, names): both passes measure each distinct word once.
const wordCaches = new WeakMap<FontSet, Map<string, Word>>();
const MAX_CACHED_WORDS = 8_000;

const measureWord = (fonts: FontSet, style: Style, word: string): Word => {
  let cache = wordCaches.get(fonts);
  if (!cache) {
    cache = new Map();
    wordCaches.set(fonts, cache);
  }
  const key = `${style}\u0000${word}`;
  let measured = cache.get(key);
  if (!measured) {
    measured = measureNewWord(fonts, style, word);
    if (cache.size >= MAX_CACHED_WORDS) cache.clear();
    cache.set(key, measured);
  }
  return measured;
};

/** The face each character is set in: the style's, else the fallback's, else the replacement character. */
const measureNewWord = (fonts: FontSet, style: Style, word: string): Word => {
  const rtl = RTL.test(word);
  const strong = STRONG.test(word);
  if (rtl) {
    // Right-to-left scripts need shaping (Arabic joins its letters): the whole word goes to the font's layout.
    const face: Face = [...word].every((c) => fonts[style].has(c.codePointAt(0) ?? 0)) ? style : 'fallback';
    const text = [...word].map((c) => (fonts[face].has(c.codePointAt(0) ?? 0) ? c : String.fromCodePoint(REPLACEMENT))).join('');
    const width = fonts[face].shapedAdvance(text);
    return { runs: [{ face, text, width, shaped: true }], width, rtl, strong };
  }
  const runs: Run[] = [];
  let width = 0;
  for (const character of word) {
    const codePoint = character.codePointAt(0) ?? REPLACEMENT;
    const face: Face = fonts[style].has(codePoint) ? style : fonts.fallback.has(codePoint) ? 'fallback' : style;
    const shown = face === style && !fonts[style].has(codePoint) ? String.fromCodePoint(REPLACEMENT) : character;
    const advance = fonts[face].advance(shown.codePointAt(0) ?? REPLACEMENT);
    pushRun(runs, face, shown, advance);
    width += advance;
  }
  return { runs, width, rtl, strong };
};

/** Cuts a word wider than the line between graphemes (an accent never leaves its letter). */
const splitLongWord = (fonts: FontSet, style: Style, word: string, maxWidth: number): string[] => {
  const pieces: string[] = [];
  let current = '';
  let width = 0;
  for (const { segment } of graphemes.segment(word)) {
    const segmentWidth = measureWord(fonts, style, segment).width;
    if (current !== '' && width + segmentWidth > maxWidth) {
      pieces.push(current);
      current = '';
      width = 0;
    }
    current += segment;
    width += segmentWidth;
  }
  if (current !== '') pieces.push(current);
  return pieces;
};

/**
 * Right-to-left words keep their letters in visual order (the font's layout reverses them); here
 * consecutive right-to-left words of a line swap places too, with the neutral words between them.
 */
const visualOrder = (words: Word[]): Word[] => {
  if (!words.some((word) => word.rtl)) return words;
  const ordered: Word[] = [];
  let run: Word[] = [];
  const flush = () => {
    // Trailing neutral words (numbers, punctuation) after the last RTL word stay in reading order.
    let tail: Word[] = [];
    while (run.length > 0 && !run[run.length - 1]?.rtl) tail = [run.pop() as Word, ...tail];
    ordered.push(...run.reverse(), ...tail);
    run = [];
  };
  for (const word of words) {
    if (word.rtl || (run.length > 0 && !word.strong)) run.push(word);
    else {
      flush();
      ordered.push(word);
    }
  }
  flush();
  return ordered;
};

const toLine = (fonts: FontSet, style: Style, words: Word[], widthOnly = false): Line => {
  const space = fonts[style].advance(0x20);
  if (widthOnly) return { runs: [], width: words.reduce((sum, word) => sum + word.width, 0) + space * Math.max(0, words.length - 1) };
  const runs: Run[] = [];
  let width = 0;
  visualOrder(words).forEach((word, index) => {
    if (index > 0) {
      pushRun(runs, style, ' ', space);
      width += space;
    }
    for (const run of word.runs) {
      if (run.shaped) runs.push({ ...run });
      else pushRun(runs, run.face, run.text, run.width);
    }
    width += word.width;
  });
  return { runs, width };
};

/** Width of one line of text, in em. */
export const textWidth = (fonts: FontSet, style: Style, text: string): number =>
  toLine(
    fonts,
    style,
    cleanText(text)
      .split(/ +/)
      .filter(Boolean)
      .map((word) => measureWord(fonts, style, word)),
  ).width;

/** Width in em of the widest word of a text (words are what lies between spaces; a no-break space binds). */
export const widestWord = (fonts: FontSet, style: Style, text: string): number => {
  let widest = 0;
  for (const token of cleanText(text).split(/[ \n]+/)) {
    if (token !== '') widest = Math.max(widest, measureWord(fonts, style, token).width);
  }
  return widest;
};

/**
 * Breaks text into lines no wider than `maxWidth` em: at spaces (never at the no-break spaces of
 * French typography), and inside a word only when the word alone is wider than the line.
 * `widthOnly` (the measuring pass) breaks the same lines but builds no runs to draw.
 */
export const wrapText = (fonts: FontSet, style: Style, text: string, maxWidth: number, widthOnly = false): Line[] => {
  const lines: Line[] = [];
  const space = fonts[style].advance(0x20);
  for (const paragraph of cleanText(text).split('\n')) {
    let words: Word[] = [];
    let width = 0;
    const tokens = paragraph.split(/ +/).filter(Boolean);
    if (tokens.length === 0) lines.push({ runs: [], width: 0 });
    for (const token of tokens) {
      const measured = measureWord(fonts, style, token);
      const pieces =
        measured.width > maxWidth
          ? splitLongWord(fonts, style, token, maxWidth).map((piece) => measureWord(fonts, style, piece))
          : [measured];
      for (const word of pieces) {
        const added = words.length === 0 ? word.width : width + space + word.width;
        if (words.length > 0 && added > maxWidth) {
          lines.push(toLine(fonts, style, words, widthOnly));
          words = [word];
          width = word.width;
        } else {
          words.push(word);
          width = added;
        }
      }
    }
    if (words.length > 0) lines.push(toLine(fonts, style, words, widthOnly));
  }
  return lines;
};
