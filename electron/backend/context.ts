import type Database from 'better-sqlite3';

/** What every service needs: the open file, who is acting, and the clock (injected for tests). */
export type ServiceContext = {
  db: Database.Database;
  actor: string;
  now: () => Date;
};
