import type Database from 'better-sqlite3';
import { foldForSearch, searchWords } from '../../../shared/domain/search';

/** The SQL function folding a text as the global search does (accents, capitals, ligatures aside). */
const FOLD_FUNCTION = 'fold_for_search';

const registered = new WeakSet<Database.Database>();

/**
 * Registers `fold_for_search(text)` on the connection, once: SQLite's LIKE folds ASCII capitals
 * only, and « ecart » must find « Écart » in a picker as in the global search.
 */
export const registerSearchFold = (db: Database.Database): void => {
  if (registered.has(db)) return;
  registered.add(db);
  db.function(FOLD_FUNCTION, { deterministic: true }, (text: unknown) => (typeof text === 'string' ? foldForSearch(text) : ''));
};

/** The words typed, folded, as the JSON array `matchesWords` reads from `@words`; null when nothing searchable was typed. */
export const wordsParam = (typed: string | undefined): string | null => {
  const words = searchWords(typed ?? '');
  return words.length === 0 ? null : JSON.stringify(words);
};

/** The record ids asked for, as the JSON array `inIds` reads from `@ids`; null keeps every record. */
export const idsParam = (ids: readonly number[] | undefined): string | null => (ids === undefined ? null : JSON.stringify(ids));

/** SQL: every word of `@words` begins a word of `text` (folded), the global search's rule; true when `@words` is null. */
export const matchesWords = (text: string): string =>
  `(@words IS NULL OR NOT EXISTS (SELECT 1 FROM json_each(@words) w
      WHERE instr(' ' || ${FOLD_FUNCTION}(${text}), ' ' || w.value) = 0))`;

/** SQL: `column` is one of `@ids`; true when `@ids` is null. */
export const inIds = (column: string): string => `(@ids IS NULL OR ${column} IN (SELECT value FROM json_each(@ids)))`;
