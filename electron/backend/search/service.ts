import type Database from 'better-sqlite3';
import { searchExcerpt, searchScore, searchWords } from '../../../shared/domain/search';
import { searchKinds, type SearchHit } from '../../../shared/schemas/search';
import { toFtsQuery } from './query';
import { prepareSources, type SearchRow } from './sources';

/** Most hits a search returns, and most of one kind, so one register cannot crowd out the others. */
export const SEARCH_LIMIT = 40;
export const SEARCH_LIMIT_PER_KIND = 8;
const TITLE_LENGTH = 140;

const shorten = (title: string) => (title.length > TITLE_LENGTH ? `${title.slice(0, TITLE_LENGTH - 1).trimEnd()}…` : title);

/** Where the words are, unless the (whole) title already shows them. */
const excerptOf = (words: string[], row: SearchRow): string =>
  searchScore(words, { ...row, body: '' }) > 0 && row.title.length <= TITLE_LENGTH
    ? ''
    : searchExcerpt(words, row.body) || searchExcerpt(words, row.title);

/**
 * Global search (Ctrl+K) over every register: accent-, case- and ligature-insensitive, each typed
 * word beginning a word of the record, best first (reference, then title, then text).
 */
export const createSearchService = (db: Database.Database) => {
  const sources = prepareSources(db);
  return {
    query: (typed: string): SearchHit[] => {
      const words = searchWords(typed);
      const expression = toFtsQuery(typed);
      if (words.length === 0 || expression === null) return [];
      const hits = sources.flatMap(({ kind, fts, statement }) =>
        (fts ? statement.all(expression) : statement.all())
          .map((row) => ({ row, score: searchScore(words, row) }))
          .filter(({ score }) => score > 0)
          .sort((a, b) => b.score - a.score)
          .slice(0, SEARCH_LIMIT_PER_KIND)
          .map(({ row, score }) => ({ kind, score, row })),
      );
      return hits
        .sort((a, b) => b.score - a.score || searchKinds.indexOf(a.kind) - searchKinds.indexOf(b.kind))
        .slice(0, SEARCH_LIMIT)
        .map(({ kind, row }) => ({
          kind,
          id: row.id,
          pageId: row.pageId,
          label: row.label,
          title: shorten(row.title),
          titleEn: row.titleEn,
          excerpt: excerptOf(words, row),
        }));
    },
  };
};
