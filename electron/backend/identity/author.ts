import type Database from 'better-sqlite3';

/**
 * Who makes the changes of a session: the person of the directory chosen in Sève ("Qui êtes-vous ?"),
 * and the computer's account beside it. Before anyone is chosen (a new file, a script) the account
 * is the only name there is, so it stands as the author, as it did before schema 13.
 */
export type Author = { name: string; personId: number | null; account: string };

/** A function naming the author at each change: the chosen person while they exist and are active in this file, else the account alone. */
export const createAuthorship = (db: Database.Database, account: string, chosen: () => number | null): (() => Author) => {
  const activeName = db.prepare<[number], string>('SELECT name FROM people WHERE id = ? AND active = 1').pluck();
  return () => {
    const personId = chosen();
    const name = personId === null ? undefined : activeName.get(personId);
    return name === undefined ? { name: account, personId: null, account } : { name, personId, account };
  };
};

/** The author of services that only read (the PDF worker's readings): they write no history, so no one is named. */
export const readingOnly = (): Author => ({ name: 'Sève', personId: null, account: 'Sève' });
