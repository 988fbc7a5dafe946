import type Database from 'better-sqlite3';
import type { ObjectiveStatus } from '../../../shared/schemas/objectives';

export type ObjectiveRow = {
  id: number;
  title: string;
  description: string | null;
  owner_id: number;
  owner_name: string;
  process_id: number | null;
  process_name: string | null;
  set_on: string;
  target_date: string;
  status: ObjectiveStatus;
  revision: number;
};

export type ObjectiveValues = {
  title: string;
  description: string | null;
  ownerId: number;
  processId: number | null;
  setOn: string;
  targetDate: string;
  status: ObjectiveStatus;
};

export type PolicyDocumentRow = {
  id: number;
  reference: string;
  title: string;
  type: string;
  status: 'brouillon' | 'en_vigueur' | 'obsolete';
  indice: string | null;
  effective_date: string | null;
  next_review_due: string | null;
};

const select = `SELECT q.id, q.title, q.description, q.owner_id, o.name AS owner_name, q.process_id, p.name AS process_name,
    q.set_on, q.target_date, q.status, q.revision
  FROM quality_objectives q JOIN people o ON o.id = q.owner_id LEFT JOIN processes p ON p.id = q.process_id`;

export const createObjectivesRepository = (db: Database.Database) => {
  const selectAll = db.prepare<[], ObjectiveRow>(`${select} ORDER BY q.status = 'en_cours' DESC, q.target_date, q.id`);
  const selectOne = db.prepare<[number], ObjectiveRow>(`${select} WHERE q.id = ?`);
  const selectLinks = db.prepare<[], { objective_id: number; indicator_id: number }>(
    'SELECT l.objective_id, l.indicator_id FROM quality_objective_indicators l JOIN indicators i ON i.id = l.indicator_id ORDER BY i.name COLLATE NOCASE',
  );
  const insert = db.prepare(
    `INSERT INTO quality_objectives (title, description, owner_id, process_id, set_on, target_date, status, created_at, updated_at)
     VALUES (@title, @description, @ownerId, @processId, @setOn, @targetDate, @status, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE quality_objectives SET title = @title, description = @description, owner_id = @ownerId, process_id = @processId,
       set_on = @setOn, target_date = @targetDate, status = @status, revision = revision + 1, updated_at = @at WHERE id = @id`,
  );
  const unlinkAll = db.prepare<[number]>('DELETE FROM quality_objective_indicators WHERE objective_id = ?');
  const link = db.prepare<[number, number]>('INSERT INTO quality_objective_indicators (objective_id, indicator_id) VALUES (?, ?)');
  const selectDocument = db.prepare<[number], PolicyDocumentRow>(
    `SELECT d.id, d.reference, d.title, d.type, d.status, v.indice, v.effective_date, d.next_review_due
     FROM documents d LEFT JOIN document_versions v ON v.document_id = d.id AND v.status = 'en_vigueur' WHERE d.id = ?`,
  );
  return {
    list: (): ObjectiveRow[] => selectAll.all(),
    get: (id: number): ObjectiveRow | undefined => selectOne.get(id),
    /** Linked indicator ids per objective, in indicator name order. */
    links: (): Map<number, number[]> => {
      const byObjective = new Map<number, number[]>();
      for (const row of selectLinks.all())
        byObjective.set(row.objective_id, [...(byObjective.get(row.objective_id) ?? []), row.indicator_id]);
      return byObjective;
    },
    insert: (values: ObjectiveValues, at: string): number => Number(insert.run({ ...values, at }).lastInsertRowid),
    update: (id: number, values: ObjectiveValues, at: string): void => {
      update.run({ ...values, id, at });
    },
    setIndicators: (id: number, indicatorIds: readonly number[]): void => {
      unlinkAll.run(id);
      for (const indicatorId of new Set(indicatorIds)) link.run(id, indicatorId);
    },
    document: (id: number): PolicyDocumentRow | undefined => selectDocument.get(id),
  };
};

export type ObjectivesRepository = ReturnType<typeof createObjectivesRepository>;
