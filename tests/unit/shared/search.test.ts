import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch, searchExcerpt, searchScore, searchWords } from '../../../shared/domain/search';

describe('search rules', () => {
  it('folds accents, capitals, ligatures and punctuation', () => {
    expect(foldForSearch('Mise en Œuvre — ÉTÉ, NC-2026-001')).toBe('mise en oeuvre ete nc 2026 001');
    expect(searchWords('  ')).toEqual([]);
  });

  it('needs every word to begin a word of the record, and ranks reference, then title, then text', () => {
    const record = { label: 'NC-2026-001', title: 'Plannings remis la veille', body: 'Cause : transmission tardive' };
    expect(searchScore(searchWords('nc-2026-001'), record)).toBeGreaterThan(1000);
    expect(searchScore(searchWords('planning'), record)).toBeGreaterThan(searchScore(searchWords('transmission'), record));
    expect(searchScore(searchWords('transmission'), record)).toBeGreaterThan(0);
    expect(searchScore(searchWords('anning'), record)).toBe(0);
    expect(searchScore(searchWords('planning absent'), record)).toBe(0);
  });

  it('marks the first word found in the excerpt', () => {
    expect(searchExcerpt(['prealable'], 'Ajout de l’entretien préalable à l’embauche.')).toBe(
      'Ajout de l’entretien «préalable» à l’embauche.',
    );
    expect(searchExcerpt(['absent'], 'Rien ici')).toBe('');
  });

  it('finds any record by any word of its own title, however it is written', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 5 }), fc.nat(4), (parts, pick) => {
        const title = parts.join(' ');
        const words = searchWords(title);
        const word = words[pick % Math.max(1, words.length)];
        fc.pre(word !== undefined);
        expect(searchScore([word], { label: '', title: title.toUpperCase(), body: '' })).toBeGreaterThan(0);
      }),
    );
  });
});
