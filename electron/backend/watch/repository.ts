import type Database from 'better-sqlite3';
import type { WatchDecision, WatchDomain, WatchFrequency, WatchImpact } from '../../../shared/domain/watch';

export type SourceRow = {
  id: number;
  name: string;
  domain: WatchDomain;
  url: string | null;
  frequency: WatchFrequency;
  owner_id: number | null;
  owner_name: string | null;
  followed_since: string;
  last_consulted_on: string | null;
  next_consultation_due: string;
  active: number;
  notes: string | null;
  item_count: number;
  revision: number;
};

export type ItemRow = {
  id: number;
  reference: string;
  source_id: number | null;
  source_name: string | null;
  noticed_on: string;
  title: string;
  summary: string;
  url: string | null;
  domain: WatchDomain;
  process_id: number | null;
  process_name: string | null;
  analysis: string | null;
  impact: WatchImpact | null;
  decision: WatchDecision | null;
  decision_note: string | null;
  decided_on: string | null;
  informed_on: string | null;
  informed_others: string | null;
  revision: number;
};

export type SourceValues = {
  name: string;
  domain: WatchDomain;
  url: string | null;
  frequency: WatchFrequency;
  ownerId: number | null;
  followedSince: string;
  notes: string | null;
  active: boolean;
  nextConsultationDue: string;
};

export type ItemValues = {
  sourceId: number | null;
  noticedOn: string;
  title: string;
  summary: string;
  url: string | null;
  domain: WatchDomain;
  processId: number | null;
};

export type DecisionValues = {
  analysis: string;
  impact: WatchImpact;
  decision: WatchDecision;
  decisionNote: string | null;
  decidedOn: string;
};

const selectSource = `SELECT s.id, s.name, s.domain, s.url, s.frequency, s.owner_id, o.name AS owner_name, s.followed_since,
    s.last_consulted_on, s.next_consultation_due, s.active, s.notes, s.revision,
    (SELECT count(*) FROM watch_items i WHERE i.source_id = s.id) AS item_count
  FROM watch_sources s LEFT JOIN people o ON o.id = s.owner_id`;

const selectItem = `SELECT i.id, i.reference, i.source_id, s.name AS source_name, i.noticed_on, i.title, i.summary, i.url, i.domain,
    i.process_id, p.name AS process_name, i.analysis, i.impact, i.decision, i.decision_note, i.decided_on, i.informed_on,
    i.informed_others, i.revision
  FROM watch_items i LEFT JOIN watch_sources s ON s.id = i.source_id LEFT JOIN processes p ON p.id = i.process_id`;

export const createWatchRepository = (db: Database.Database) => {
  const sources = db.prepare<{ includeInactive: number }, SourceRow>(
    `${selectSource} WHERE (@includeInactive = 1 OR s.active = 1) ORDER BY s.active DESC, s.next_consultation_due, s.name COLLATE NOCASE`,
  );
  const source = db.prepare<[number], SourceRow>(`${selectSource} WHERE s.id = ?`);
  const insertSource = db.prepare(
    `INSERT INTO watch_sources (name, domain, url, frequency, owner_id, followed_since, next_consultation_due, active, notes, created_at, updated_at)
     VALUES (@name, @domain, @url, @frequency, @ownerId, @followedSince, @nextConsultationDue, @active, @notes, @at, @at)`,
  );
  const updateSource = db.prepare(
    `UPDATE watch_sources SET name = @name, domain = @domain, url = @url, frequency = @frequency, owner_id = @ownerId,
       followed_since = @followedSince, next_consultation_due = @nextConsultationDue, active = @active, notes = @notes,
       revision = revision + 1, updated_at = @at WHERE id = @id`,
  );
  const consulted = db.prepare<{ id: number; on: string; due: string; at: string }>(
    `UPDATE watch_sources SET last_consulted_on = @on, next_consultation_due = @due, revision = revision + 1, updated_at = @at WHERE id = @id`,
  );
  const items = db.prepare<{ sourceId: number | null; domain: WatchDomain | null; pattern: string | null }, ItemRow>(
    `${selectItem}
     WHERE (@sourceId IS NULL OR i.source_id = @sourceId) AND (@domain IS NULL OR i.domain = @domain)
       AND (@pattern IS NULL OR i.reference LIKE @pattern ESCAPE '\\' OR i.title LIKE @pattern ESCAPE '\\' OR i.summary LIKE @pattern ESCAPE '\\')
     ORDER BY i.noticed_on DESC, i.id DESC`,
  );
  const item = db.prepare<[number], ItemRow>(`${selectItem} WHERE i.id = ?`);
  const insertItem = db.prepare(
    `INSERT INTO watch_items (reference, source_id, noticed_on, title, summary, url, domain, process_id, created_at, updated_at)
     VALUES (@reference, @sourceId, @noticedOn, @title, @summary, @url, @domain, @processId, @at, @at)`,
  );
  const updateItem = db.prepare(
    `UPDATE watch_items SET source_id = @sourceId, noticed_on = @noticedOn, title = @title, summary = @summary, url = @url,
       domain = @domain, process_id = @processId, revision = revision + 1, updated_at = @at WHERE id = @id`,
  );
  const decide = db.prepare(
    `UPDATE watch_items SET analysis = @analysis, impact = @impact, decision = @decision, decision_note = @decisionNote,
       decided_on = @decidedOn, revision = revision + 1, updated_at = @at WHERE id = @id`,
  );
  const inform = db.prepare<{ id: number; informedOn: string; others: string | null; at: string }>(
    `UPDATE watch_items SET informed_on = @informedOn, informed_others = @others, revision = revision + 1, updated_at = @at WHERE id = @id`,
  );
  const recipients = db.prepare<[number], { id: number; name: string }>(
    `SELECT p.id, p.name FROM watch_item_recipients r JOIN people p ON p.id = r.person_id WHERE r.item_id = ? ORDER BY p.name COLLATE NOCASE`,
  );
  const clearRecipients = db.prepare<[number]>('DELETE FROM watch_item_recipients WHERE item_id = ?');
  const addRecipient = db.prepare<[number, number]>('INSERT INTO watch_item_recipients (item_id, person_id) VALUES (?, ?)');
  const firstItemNoticed = db.prepare<[number], string | null>('SELECT min(noticed_on) FROM watch_items WHERE source_id = ?').pluck();
  return {
    sources: (includeInactive: boolean): SourceRow[] => sources.all({ includeInactive: includeInactive ? 1 : 0 }),
    source: (id: number): SourceRow | undefined => source.get(id),
    insertSource: (values: SourceValues, at: string): number =>
      Number(insertSource.run({ ...values, active: values.active ? 1 : 0, at }).lastInsertRowid),
    updateSource: (id: number, values: SourceValues, at: string): void => {
      updateSource.run({ id, ...values, active: values.active ? 1 : 0, at });
    },
    consulted: (id: number, on: string, due: string, at: string): void => {
      consulted.run({ id, on, due, at });
    },
    firstItemNoticed: (sourceId: number): string | null => firstItemNoticed.get(sourceId) ?? null,
    items: (filter: { sourceId: number | null; domain: WatchDomain | null; pattern: string | null }): ItemRow[] => items.all(filter),
    item: (id: number): ItemRow | undefined => item.get(id),
    insertItem: (reference: string, values: ItemValues, at: string): number =>
      Number(insertItem.run({ reference, ...values, at }).lastInsertRowid),
    updateItem: (id: number, values: ItemValues, at: string): void => {
      updateItem.run({ id, ...values, at });
    },
    decide: (id: number, values: DecisionValues, at: string): void => {
      decide.run({ id, ...values, at });
    },
    inform: (id: number, informedOn: string, personIds: readonly number[], others: string | null, at: string): void => {
      inform.run({ id, informedOn, others, at });
      clearRecipients.run(id);
      for (const personId of personIds) addRecipient.run(id, personId);
    },
    recipients: (id: number) => recipients.all(id),
  };
};

export type WatchRepository = ReturnType<typeof createWatchRepository>;
