import type Database from 'better-sqlite3';
import type { FieldChange, HistoryEntity, HistoryEntry } from '../../../shared/schemas/history';
import { registerHistoryHash } from './chain';

type HistoryRow = {
  id: number;
  at: string;
  actor: string;
  entity: HistoryEntity;
  entity_id: number;
  action: HistoryEntry['action'];
  changes: string;
};

const toEntry = (row: HistoryRow): HistoryEntry => ({
  id: row.id,
  at: row.at,
  actor: row.actor,
  entity: row.entity,
  entityId: row.entity_id,
  action: row.action,
  changes: JSON.parse(row.changes) as FieldChange[],
});

export type NewHistoryEntry = Omit<HistoryEntry, 'id'>;

export const createHistoryRepository = (db: Database.Database) => {
  // The insert's trigger hashes the row (history/chain.ts): the function must exist before it compiles.
  registerHistoryHash(db);
  const insert = db.prepare<[string, string, string, number, string, string]>(
    'INSERT INTO history (at, actor, entity, entity_id, action, changes) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const selectForRecord = db.prepare<[string, number], HistoryRow>(
    'SELECT id, at, actor, entity, entity_id, action, changes FROM history WHERE entity = ? AND entity_id = ? ORDER BY id DESC',
  );
  return {
    /** Appends one entry; call inside the transaction that makes the change. */
    append: (entry: NewHistoryEntry): void => {
      insert.run(entry.at, entry.actor, entry.entity, entry.entityId, entry.action, JSON.stringify(entry.changes));
    },
    forRecord: (entity: HistoryEntity, entityId: number): HistoryEntry[] => selectForRecord.all(entity, entityId).map(toEntry),
  };
};

export type HistoryRepository = ReturnType<typeof createHistoryRepository>;
