import type Database from 'better-sqlite3';
import type { Author } from './identity/author';

/** What every service needs: the open file, who is acting (read at each change), and the clock (injected for tests). */
export type ServiceContext = {
  db: Database.Database;
  author: () => Author;
  now: () => Date;
};
