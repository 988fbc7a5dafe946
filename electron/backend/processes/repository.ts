import type Database from 'better-sqlite3';
import type { Process } from '../../../shared/schemas/processes';

type ProcessRow = { id: number; name: string; kind: Process['kind']; pilot_id: number | null; pilot_name: string | null };

const toProcess = (row: ProcessRow): Process => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  pilotId: row.pilot_id,
  pilotName: row.pilot_name,
});

export type ProcessValues = { name: string; kind: Process['kind']; pilotId: number | null };

export const createProcessesRepository = (db: Database.Database) => {
  const select = `SELECT p.id, p.name, p.kind, p.pilot_id, pe.name AS pilot_name
    FROM processes p LEFT JOIN people pe ON pe.id = p.pilot_id`;
  const kindOrder = "CASE p.kind WHEN 'pilotage' THEN 0 WHEN 'realisation' THEN 1 ELSE 2 END";
  const selectAll = db.prepare<[], ProcessRow>(`${select} ORDER BY ${kindOrder}, p.name COLLATE NOCASE`);
  const selectOne = db.prepare<[number], ProcessRow>(`${select} WHERE p.id = ?`);
  const selectIdByName = db.prepare<[string], number>('SELECT id FROM processes WHERE name = ? COLLATE NOCASE').pluck();
  const insert = db.prepare<[string, string, number | null, string, string]>(
    'INSERT INTO processes (name, kind, pilot_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const update = db.prepare<[string, string, number | null, string, number]>(
    'UPDATE processes SET name = ?, kind = ?, pilot_id = ?, updated_at = ? WHERE id = ?',
  );
  return {
    list: (): Process[] => selectAll.all().map(toProcess),
    get: (id: number): Process | undefined => {
      const row = selectOne.get(id);
      return row && toProcess(row);
    },
    idByName: (name: string): number | undefined => selectIdByName.get(name),
    insert: (values: ProcessValues, at: string): number =>
      Number(insert.run(values.name, values.kind, values.pilotId, at, at).lastInsertRowid),
    update: (id: number, values: ProcessValues, at: string): void => {
      update.run(values.name, values.kind, values.pilotId, at, id);
    },
  };
};
