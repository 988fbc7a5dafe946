import type Database from 'better-sqlite3';
import type { SearchHit } from '../../../shared/schemas/search';
import { toFtsQuery } from './query';
import { createSearchRepository } from './repository';

/** Global search (Ctrl+K): documents and requirements, accent- and case-insensitive, best first. */
export const createSearchService = (db: Database.Database) => {
  const repository = createSearchRepository(db);
  return {
    query: (text: string): SearchHit[] => {
      const expression = toFtsQuery(text);
      return expression === null ? [] : repository.find(expression);
    },
  };
};
