import type Database from 'better-sqlite3';
import type { SuggestionKind, SuggestionStatus } from '../../../shared/domain/suggestions';
import type { Suggestion } from '../../../shared/schemas/suggestions';

type SuggestionRow = {
  id: number;
  reference: string;
  author_id: number;
  author_name: string;
  suggested_on: string;
  kind: SuggestionKind;
  description: string;
  process_id: number | null;
  process_name: string | null;
  status: SuggestionStatus;
  nc_id: number | null;
  nc_reference: string | null;
  action_id: number | null;
  action_reference: string | null;
  rejection_reason: string | null;
  triaged_on: string | null;
  revision: number;
};

const toSuggestion = (row: SuggestionRow): Suggestion => ({
  id: row.id,
  reference: row.reference,
  authorId: row.author_id,
  authorName: row.author_name,
  suggestedOn: row.suggested_on,
  kind: row.kind,
  description: row.description,
  processId: row.process_id,
  processName: row.process_name,
  status: row.status,
  nonconformity: row.nc_id === null ? null : { id: row.nc_id, reference: row.nc_reference ?? '' },
  action: row.action_id === null ? null : { id: row.action_id, reference: row.action_reference ?? '' },
  rejectionReason: row.rejection_reason,
  triagedOn: row.triaged_on,
  revision: row.revision,
});

export type SuggestionValues = {
  authorId: number;
  suggestedOn: string;
  kind: SuggestionKind;
  description: string;
  processId: number | null;
};
export type TriageValues = { status: SuggestionStatus; nonconformityId: number | null; rejectionReason: string | null; triagedOn: string };

const select = `SELECT s.id, s.reference, s.author_id, a.name AS author_name, s.suggested_on, s.kind, s.description, s.process_id,
    p.name AS process_name, s.status, n.id AS nc_id, n.reference AS nc_reference, x.id AS action_id, x.reference AS action_reference,
    s.rejection_reason, s.triaged_on, s.revision
  FROM suggestions s
  JOIN people a ON a.id = s.author_id
  LEFT JOIN processes p ON p.id = s.process_id
  LEFT JOIN nonconformities n ON n.id = s.nonconformity_id
  LEFT JOIN actions x ON x.suggestion_id = s.id`;

export const createSuggestionsRepository = (db: Database.Database) => {
  const selectAll = db.prepare<{ status: string | null }, SuggestionRow>(
    `${select} WHERE (@status IS NULL OR s.status = @status) ORDER BY s.status = 'a_trier' DESC, s.suggested_on DESC, s.id DESC`,
  );
  const selectOne = db.prepare<[number], SuggestionRow>(`${select} WHERE s.id = ?`);
  const insert = db.prepare(
    `INSERT INTO suggestions (reference, author_id, suggested_on, kind, description, process_id, status, created_at, updated_at)
     VALUES (@reference, @authorId, @suggestedOn, @kind, @description, @processId, 'a_trier', @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE suggestions SET author_id = @authorId, suggested_on = @suggestedOn, kind = @kind, description = @description,
       process_id = @processId, revision = revision + 1, updated_at = @at WHERE id = @id`,
  );
  const triage = db.prepare(
    `UPDATE suggestions SET status = @status, nonconformity_id = @nonconformityId, rejection_reason = @rejectionReason,
       triaged_on = @triagedOn, revision = revision + 1, updated_at = @at WHERE id = @id`,
  );
  return {
    list: (status: SuggestionStatus | null): Suggestion[] => selectAll.all({ status }).map(toSuggestion),
    get: (id: number): Suggestion | undefined => {
      const row = selectOne.get(id);
      return row && toSuggestion(row);
    },
    insert: (reference: string, values: SuggestionValues, at: string): number =>
      Number(insert.run({ reference, ...values, at }).lastInsertRowid),
    update: (id: number, values: SuggestionValues, at: string): void => {
      update.run({ id, ...values, at });
    },
    triage: (id: number, values: TriageValues, at: string): void => {
      triage.run({ id, ...values, at });
    },
  };
};
