import type Database from 'better-sqlite3';
import type { IssueNature } from '../../../shared/domain/issues';
import type { PartyRelevance } from '../../../shared/domain/parties';
import type { RegisterStatus } from '../../../shared/domain/register-life';
import type { Party } from '../../../shared/schemas/parties';

type PartyRow = {
  id: number;
  name: string;
  nature: IssueNature;
  needs: string;
  response: string | null;
  climate: string | null;
  relevance: PartyRelevance;
  identified_on: string;
  last_reviewed_on: string | null;
  review_due: string;
  status: RegisterStatus;
  retired_on: string | null;
  retire_reason: string | null;
  risk_count: number;
  revision: number;
};

type AnswerRow = { party_id: number; kind: 'process' | 'document' | 'indicator'; id: number; name: string };

/** A party as stored; whether its review is late depends on the day, so the service adds it. */
export type StoredParty = Omit<Party, 'reviewLate'>;

export type PartyValues = {
  name: string;
  nature: IssueNature;
  needs: string;
  response: string | null;
  climate: string | null;
  relevance: PartyRelevance;
  identifiedOn: string;
  reviewDue: string;
};

export type PartyFilter = {
  nature: IssueNature | null;
  relevance: PartyRelevance | null;
  processId: number | null;
  includeRetired: number;
  lateOn: string | null;
  pattern: string | null;
};

const select = `SELECT p.id, p.name, p.nature, p.needs, p.response, p.climate, p.relevance, p.identified_on, p.last_reviewed_on,
    p.review_due, p.status, p.retired_on, p.retire_reason, p.revision,
    (SELECT count(*) FROM risks r WHERE r.party_id = p.id) AS risk_count
  FROM interested_parties p`;

// What answers each party, named as the register shows them (documents by reference and title).
const answers = `SELECT a.party_id,
    CASE WHEN a.process_id IS NOT NULL THEN 'process' WHEN a.document_id IS NOT NULL THEN 'document' ELSE 'indicator' END AS kind,
    coalesce(a.process_id, a.document_id, a.indicator_id) AS id,
    coalesce(pr.name, d.reference || ' ' || d.title, i.name) AS name
  FROM interested_party_answers a
  LEFT JOIN processes pr ON pr.id = a.process_id
  LEFT JOIN documents d ON d.id = a.document_id
  LEFT JOIN indicators i ON i.id = a.indicator_id`;

export const createPartiesRepository = (db: Database.Database) => {
  const selectFiltered = db.prepare<PartyFilter, PartyRow>(`${select}
    WHERE (@nature IS NULL OR p.nature = @nature)
      AND (@relevance IS NULL OR p.relevance = @relevance)
      AND (@processId IS NULL OR EXISTS (SELECT 1 FROM interested_party_answers a WHERE a.party_id = p.id AND a.process_id = @processId))
      AND (@includeRetired = 1 OR p.status = 'actif')
      AND (@lateOn IS NULL OR (p.status = 'actif' AND p.review_due < @lateOn))
      AND (@pattern IS NULL OR p.name LIKE @pattern ESCAPE '\\' OR p.needs LIKE @pattern ESCAPE '\\' OR p.response LIKE @pattern ESCAPE '\\')
    ORDER BY p.status, CASE p.relevance WHEN 'forte' THEN 0 WHEN 'moyenne' THEN 1 ELSE 2 END, p.name COLLATE NOCASE, p.id`);
  const selectOne = db.prepare<[number], PartyRow>(`${select} WHERE p.id = ?`);
  const allAnswers = db.prepare<[], AnswerRow>(`${answers} ORDER BY kind, name COLLATE NOCASE`);
  const answersOf = db.prepare<[number], AnswerRow>(`${answers} WHERE a.party_id = ? ORDER BY kind, name COLLATE NOCASE`);
  const insert = db.prepare(
    `INSERT INTO interested_parties (name, nature, needs, response, climate, relevance, identified_on, review_due, status, created_at, updated_at)
     VALUES (@name, @nature, @needs, @response, @climate, @relevance, @identifiedOn, @reviewDue, 'actif', @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE interested_parties SET name = @name, nature = @nature, needs = @needs, response = @response, climate = @climate,
       relevance = @relevance, identified_on = @identifiedOn, review_due = @reviewDue, revision = revision + 1, updated_at = @at
     WHERE id = @id`,
  );
  const clearAnswers = db.prepare<[number]>('DELETE FROM interested_party_answers WHERE party_id = ?');
  const insertAnswer = db.prepare<{ partyId: number; processId: number | null; documentId: number | null; indicatorId: number | null }>(
    `INSERT INTO interested_party_answers (party_id, process_id, document_id, indicator_id)
     VALUES (@partyId, @processId, @documentId, @indicatorId)`,
  );
  const review = db.prepare<{ id: number; reviewedOn: string; nextReviewDue: string; at: string }>(
    `UPDATE interested_parties SET last_reviewed_on = @reviewedOn, review_due = @nextReviewDue, revision = revision + 1, updated_at = @at
     WHERE id = @id`,
  );
  const retire = db.prepare<{ id: number; retiredOn: string; reason: string; at: string }>(
    `UPDATE interested_parties SET status = 'retire', retired_on = @retiredOn, retire_reason = @reason, revision = revision + 1,
       updated_at = @at WHERE id = @id`,
  );
  const processExists = db.prepare<[number], number>('SELECT 1 FROM processes WHERE id = ?').pluck();
  const documentExists = db.prepare<[number], number>('SELECT 1 FROM documents WHERE id = ?').pluck();
  const indicatorExists = db.prepare<[number], number>('SELECT 1 FROM indicators WHERE id = ?').pluck();

  const withAnswers = (row: PartyRow, rows: readonly AnswerRow[]): StoredParty => {
    const of = (kind: AnswerRow['kind']) => rows.filter((a) => a.kind === kind).map((a) => ({ id: a.id, name: a.name }));
    return {
      id: row.id,
      name: row.name,
      nature: row.nature,
      needs: row.needs,
      response: row.response,
      climate: row.climate,
      relevance: row.relevance,
      processes: of('process'),
      documents: of('document'),
      indicators: of('indicator'),
      identifiedOn: row.identified_on,
      lastReviewedOn: row.last_reviewed_on,
      reviewDue: row.review_due,
      status: row.status,
      retiredOn: row.retired_on,
      retireReason: row.retire_reason,
      riskCount: row.risk_count,
      revision: row.revision,
    };
  };

  return {
    list: (filter: PartyFilter): StoredParty[] => {
      const rows = selectFiltered.all(filter);
      const byParty = new Map<number, AnswerRow[]>();
      for (const answer of allAnswers.all()) byParty.set(answer.party_id, [...(byParty.get(answer.party_id) ?? []), answer]);
      return rows.map((row) => withAnswers(row, byParty.get(row.id) ?? []));
    },
    get: (id: number): StoredParty | undefined => {
      const row = selectOne.get(id);
      return row && withAnswers(row, answersOf.all(id));
    },
    insert: (values: PartyValues, at: string): number => Number(insert.run({ ...values, at }).lastInsertRowid),
    update: (id: number, values: PartyValues, at: string): void => {
      update.run({ id, ...values, at });
    },
    /** Replaces what answers the party's needs, as a whole. */
    setAnswers: (partyId: number, ids: { processIds: number[]; documentIds: number[]; indicatorIds: number[] }): void => {
      clearAnswers.run(partyId);
      const none = { partyId, processId: null, documentId: null, indicatorId: null };
      for (const processId of ids.processIds) insertAnswer.run({ ...none, processId });
      for (const documentId of ids.documentIds) insertAnswer.run({ ...none, documentId });
      for (const indicatorId of ids.indicatorIds) insertAnswer.run({ ...none, indicatorId });
    },
    review: (id: number, reviewedOn: string, nextReviewDue: string, at: string): void => {
      review.run({ id, reviewedOn, nextReviewDue, at });
    },
    retire: (id: number, retiredOn: string, reason: string, at: string): void => {
      retire.run({ id, retiredOn, reason, at });
    },
    exists: {
      process: (id: number): boolean => processExists.get(id) !== undefined,
      document: (id: number): boolean => documentExists.get(id) !== undefined,
      indicator: (id: number): boolean => indicatorExists.get(id) !== undefined,
    },
  };
};
