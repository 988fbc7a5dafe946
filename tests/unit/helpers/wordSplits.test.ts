import { describe, expect, it } from 'vitest';
import type { PlacedText } from '../../helpers/pdf';
import { wordSplits, wordsOf } from '../../helpers/wordSplits';

/** Lines of one cell as pdf.js places them: same left edge, a baseline every 9.8 points downwards. */
const cell = (x: number, lines: string[], top = 700): PlacedText[] =>
  lines.map((str, index) => ({ page: 1, x, y: top - index * 9.8, width: str.length * 4, str }));

describe('the check for words cut at a line end, on the text layer', () => {
  const vocabulary = wordsOf(['Accompagnement socioprofessionnel des salariés', 'Taille 615 octets']);

  it('finds a word cut inside a cell, and a number left apart from its unit', () => {
    expect(wordSplits(cell(100, ['Accompagne', 'ment des', 'salariés']), vocabulary)).toEqual(['page 1 : « Accompagne » | « ment »']);
    expect(wordSplits(cell(300, ['615', 'octets']), vocabulary)).toEqual(['page 1 : « 615 » | « octets »']);
  });

  it('lets a line break between two words be, and does not join lines of different cells', () => {
    expect(wordSplits(cell(100, ['Accompagnement', 'socioprofessionnel des', 'salariés']), vocabulary)).toEqual([]);
    expect(wordSplits([...cell(100, ['Accompagne']), ...cell(180, ['ment'], 690.2)], vocabulary)).toEqual([]);
  });
});
