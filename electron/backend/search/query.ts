/**
 * Turns what the user typed into a safe FTS5 expression: every word must match as a prefix.
 * Words are quoted, so operators and SQL fragments are only ever searched for as text. Ligatures
 * are spelled out, as in the index's `folded` column (the tokenizer folds accents, not œ or æ).
 */
export const toFtsQuery = (typed: string | undefined): string | null => {
  const words = (typed ?? '')
    .split(/\s+/)
    .map((word) => word.replace(/"/g, '').replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/æ/g, 'ae').replace(/Æ/g, 'AE').trim())
    .filter((word) => /[\p{L}\p{N}]/u.test(word));
  return words.length === 0 ? null : words.map((word) => `"${word}"*`).join(' ');
};
