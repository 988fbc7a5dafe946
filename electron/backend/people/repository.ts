import type Database from 'better-sqlite3';
import type { Person } from '../../../shared/schemas/people';

type PersonRow = { id: number; name: string; job_title: string | null; active: number };

const toPerson = (row: PersonRow): Person => ({
  id: row.id,
  name: row.name,
  jobTitle: row.job_title,
  active: row.active === 1,
});

export type PersonValues = { name: string; jobTitle: string | null; active: boolean };

export const createPeopleRepository = (db: Database.Database) => {
  const columns = 'id, name, job_title, active';
  const selectAll = db.prepare<[], PersonRow>(`SELECT ${columns} FROM people ORDER BY active DESC, name COLLATE NOCASE, id`);
  const selectOne = db.prepare<[number], PersonRow>(`SELECT ${columns} FROM people WHERE id = ?`);
  const insert = db.prepare<[string, string | null, number, string, string]>(
    'INSERT INTO people (name, job_title, active, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const update = db.prepare<[string, string | null, number, string, number]>(
    'UPDATE people SET name = ?, job_title = ?, active = ?, updated_at = ? WHERE id = ?',
  );
  return {
    list: (): Person[] => selectAll.all().map(toPerson),
    get: (id: number): Person | undefined => {
      const row = selectOne.get(id);
      return row && toPerson(row);
    },
    insert: (values: PersonValues, at: string): number =>
      Number(insert.run(values.name, values.jobTitle, values.active ? 1 : 0, at, at).lastInsertRowid),
    update: (id: number, values: PersonValues, at: string): void => {
      update.run(values.name, values.jobTitle, values.active ? 1 : 0, at, id);
    },
  };
};
