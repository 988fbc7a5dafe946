import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../../../electron/backend/pack/pdf/fonts';
import { REPLACEMENT, cleanText, textWidth, wrapText } from '../../../../electron/backend/pack/pdf/text';
import { NNBSP, frenchTypography } from '../../../../electron/backend/pack/pdf/typography';

const fonts = loadFonts();
const lineText = (line: { runs: { text: string }[] }) => line.runs.map((run) => run.text).join('');

describe('line breaking with the embedded fonts', () => {
  it('never breaks at the no-break spaces of French typography', () => {
    const text = frenchTypography('Les revues sont-elles faites ? Oui : toutes !');
    for (let width = 4; width < 30; width++) {
      for (const line of wrapText(fonts, 'regular', text, width)) {
        expect(lineText(line).startsWith('?') || lineText(line).startsWith(':') || lineText(line).startsWith('!')).toBe(false);
      }
    }
    expect(text).toContain(`${NNBSP}?`);
  });

  it('keeps every line within the width, cutting only words longer than a line', () => {
    const text = `Procédure ${'x'.repeat(400)} d’accueil des salariés en insertion`;
    const lines = wrapText(fonts, 'regular', text, 20);
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(20.0001);
    expect(lines.map(lineText).join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''));
  });

  it('keeps blank lines of a multi-line cell and drops invisible characters', () => {
    expect(wrapText(fonts, 'regular', 'un\n\ndeux', 50)).toHaveLength(3);
    expect(cleanText('a\u200Db\uFE0Fc\u202Ed\u0007e')).toBe('abcde');
  });

  it('cleans text as the five passes do, whether or not it takes the shortcut for text already clean', () => {
    // The passes, written out: what cleanText must answer for any text.
    const passes = (text: string): string =>
      text
        .normalize('NFC')
        .replace(/\r\n?|[\u2028\u2029]/g, '\n')
        .replace(/\t/g, ' ')
        // eslint-disable-next-line no-control-regex -- control characters are what this pass removes.
        .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '')
        .replace(/\p{Default_Ignorable_Code_Point}/gu, '');
    const usual = fc.constantFrom(...'aé Z9\n’«»…€œ—\u202F\u00AD\t\r\u0301e\u200D\u0007ß');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: usual }), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })), (text) => {
        expect(cleanText(text)).toBe(passes(text));
      }),
      { numRuns: 3000 },
    );
    expect(cleanText('Revue n° 3 : « à l’heure » — 12 €')).toBe('Revue n° 3 : « à l’heure » — 12 €');
  });

  it('sets characters Noto Sans lacks in DejaVu Sans, and characters no font has as U+FFFD', () => {
    const [hebrew] = wrapText(fonts, 'regular', 'שלום', 50);
    expect(hebrew?.runs[0]?.face).toBe('fallback');
    const [flamingo] = wrapText(fonts, 'regular', 'Rose 🦩', 50);
    expect(lineText(flamingo ?? { runs: [] })).toContain(String.fromCodePoint(REPLACEMENT));
  });

  it('prints consecutive right-to-left words in visual order', () => {
    const [line] = wrapText(fonts, 'regular', 'Réunion אחד שתיים fin', 100);
    const words = lineText(line ?? { runs: [] }).split(' ');
    expect(words[0]).toBe('Réunion');
    expect(words[words.length - 1]).toBe('fin');
    // Read right to left, "אחד" (one) comes before "שתיים" (two): printed left to right, after it.
    expect(words.slice(1, 3)).toEqual(['שתיים', 'אחד']);
  });

  it('measures bold wider than regular', () => {
    expect(textWidth(fonts, 'bold', 'Synthèse')).toBeGreaterThan(textWidth(fonts, 'regular', 'Synthèse'));
  });
});
