import type Database from 'better-sqlite3';
import type { SearchHit } from '../../../shared/schemas/search';

/** Most hits a search returns: the best ones, by FTS5 rank. */
export const SEARCH_LIMIT = 30;

export const createSearchRepository = (db: Database.Database) => {
  // Column 4 is `body`: the excerpt shows where the words are when they are not in the title.
  const select = db.prepare<[string, number], SearchHit>(
    `SELECT kind, record_id AS id, label, title, snippet(search_index, 4, '«', '»', '…', 12) AS excerpt
     FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT ?`,
  );
  return {
    /** `expression` is an FTS5 MATCH expression built by `toFtsQuery`. */
    find: (expression: string): SearchHit[] => select.all(expression, SEARCH_LIMIT),
  };
};
