import type Database from 'better-sqlite3';
import type { FieldChange, HistoryEntity, HistoryEntry } from '../../../shared/schemas/history';
import type { Author } from '../identity/author';
import { registerHistoryHash } from './chain';

type HistoryRow = {
  id: number;
  at: string;
  actor: string;
  actor_person_id: number | null;
  account: string | null;
  entity: HistoryEntity;
  entity_id: number;
  action: HistoryEntry['action'];
  changes: string;
};

const toEntry = (row: HistoryRow): HistoryEntry => ({
  id: row.id,
  at: row.at,
  actor: row.actor,
  actorPersonId: row.actor_person_id,
  account: row.account,
  entity: row.entity,
  entityId: row.entity_id,
  action: row.action,
  changes: JSON.parse(row.changes) as FieldChange[],
});

/**
 * What a service says about a change. Who made it comes from the session (the chosen person and
 * the computer's account); `actor` is only for what Sève itself writes (a shipped referential).
 */
export type NewHistoryEntry = Pick<HistoryEntry, 'at' | 'entity' | 'entityId' | 'action' | 'changes'> & { actor?: string };

export const createHistoryRepository = (db: Database.Database, author: () => Author) => {
  // The insert's trigger hashes the row (history/chain.ts): the function must exist before it compiles.
  registerHistoryHash(db);
  const insert = db.prepare<[string, string, number | null, string, string, number, string, string]>(
    'INSERT INTO history (at, actor, actor_person_id, account, entity, entity_id, action, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const selectForRecord = db.prepare<[string, number], HistoryRow>(
    `SELECT id, at, actor, actor_person_id, account, entity, entity_id, action, changes
     FROM history WHERE entity = ? AND entity_id = ? ORDER BY id DESC`,
  );
  return {
    /** Appends one entry, naming who made it; call inside the transaction that makes the change. Every history row is written here. */
    append: (entry: NewHistoryEntry): void => {
      const who = author();
      const [actor, personId] = entry.actor === undefined ? [who.name, who.personId] : [entry.actor, null];
      insert.run(entry.at, actor, personId, who.account, entry.entity, entry.entityId, entry.action, JSON.stringify(entry.changes));
    },
    forRecord: (entity: HistoryEntity, entityId: number): HistoryEntry[] => selectForRecord.all(entity, entityId).map(toEntry),
  };
};

export type HistoryRepository = ReturnType<typeof createHistoryRepository>;
