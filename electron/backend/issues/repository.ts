import type Database from 'better-sqlite3';
import type { IssueEffect, IssueNature } from '../../../shared/domain/issues';
import type { RegisterStatus } from '../../../shared/domain/register-life';
import type { ClimateAnswer, Issue } from '../../../shared/schemas/issues';

type IssueRow = {
  id: number;
  title: string;
  description: string | null;
  nature: IssueNature;
  effect: IssueEffect;
  heading: string | null;
  source: string | null;
  identified_on: string;
  last_reviewed_on: string | null;
  review_due: string;
  status: RegisterStatus;
  retired_on: string | null;
  retire_reason: string | null;
  risk_count: number;
  revision: number;
};

/** An issue as stored; whether its review is late depends on the day, so the service adds it. */
export type StoredIssue = Omit<Issue, 'reviewLate'>;

const toIssue = (row: IssueRow): StoredIssue => ({
  id: row.id,
  title: row.title,
  description: row.description,
  nature: row.nature,
  effect: row.effect,
  heading: row.heading,
  source: row.source,
  identifiedOn: row.identified_on,
  lastReviewedOn: row.last_reviewed_on,
  reviewDue: row.review_due,
  status: row.status,
  retiredOn: row.retired_on,
  retireReason: row.retire_reason,
  riskCount: row.risk_count,
  revision: row.revision,
});

export type IssueValues = {
  title: string;
  description: string | null;
  nature: IssueNature;
  effect: IssueEffect;
  heading: string | null;
  source: string | null;
  identifiedOn: string;
  reviewDue: string;
};

export type IssueFilter = {
  nature: IssueNature | null;
  effect: IssueEffect | null;
  includeRetired: number;
  /** A day, to keep the active issues due for review before it; null keeps all. */
  lateOn: string | null;
  /** Words searched in title, description, heading and source (a LIKE pattern, escaped); null keeps all. */
  pattern: string | null;
};

const select = `SELECT i.id, i.title, i.description, i.nature, i.effect, i.heading, i.source, i.identified_on, i.last_reviewed_on,
    i.review_due, i.status, i.retired_on, i.retire_reason, i.revision,
    (SELECT count(*) FROM risks r WHERE r.issue_id = i.id) AS risk_count
  FROM context_issues i`;

/** `%words%` with LIKE's wildcards escaped, for a search typed by the user. */
export const likePattern = (search: string | null | undefined): string | null =>
  search ? `%${search.replace(/[\\%_]/g, (character) => `\\${character}`)}%` : null;

export const createIssuesRepository = (db: Database.Database) => {
  const selectFiltered = db.prepare<IssueFilter, IssueRow>(`${select}
    WHERE (@nature IS NULL OR i.nature = @nature)
      AND (@effect IS NULL OR i.effect = @effect)
      AND (@includeRetired = 1 OR i.status = 'actif')
      AND (@lateOn IS NULL OR (i.status = 'actif' AND i.review_due < @lateOn))
      AND (@pattern IS NULL OR i.title LIKE @pattern ESCAPE '\\' OR i.description LIKE @pattern ESCAPE '\\'
        OR i.heading LIKE @pattern ESCAPE '\\' OR i.source LIKE @pattern ESCAPE '\\')
    ORDER BY i.status, i.nature DESC, i.title COLLATE NOCASE, i.id`);
  const selectOne = db.prepare<[number], IssueRow>(`${select} WHERE i.id = ?`);
  const insert = db.prepare(
    `INSERT INTO context_issues (title, description, nature, effect, heading, source, identified_on, review_due, status, created_at, updated_at)
     VALUES (@title, @description, @nature, @effect, @heading, @source, @identifiedOn, @reviewDue, 'actif', @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE context_issues SET title = @title, description = @description, nature = @nature, effect = @effect, heading = @heading,
       source = @source, identified_on = @identifiedOn, review_due = @reviewDue, revision = revision + 1, updated_at = @at WHERE id = @id`,
  );
  const review = db.prepare<{ id: number; reviewedOn: string; nextReviewDue: string; at: string }>(
    `UPDATE context_issues SET last_reviewed_on = @reviewedOn, review_due = @nextReviewDue, revision = revision + 1, updated_at = @at
     WHERE id = @id`,
  );
  const retire = db.prepare<{ id: number; retiredOn: string; reason: string; at: string }>(
    `UPDATE context_issues SET status = 'retire', retired_on = @retiredOn, retire_reason = @reason, revision = revision + 1,
       updated_at = @at WHERE id = @id`,
  );
  const climate = db.prepare<[], { id: number; answered_on: string; relevant: number; justification: string }>(
    'SELECT id, answered_on, relevant, justification FROM climate_answers ORDER BY answered_on DESC, id DESC',
  );
  const insertClimate = db.prepare<{ answeredOn: string; relevant: number; justification: string; at: string }>(
    'INSERT INTO climate_answers (answered_on, relevant, justification, created_at) VALUES (@answeredOn, @relevant, @justification, @at)',
  );
  return {
    list: (filter: IssueFilter): StoredIssue[] => selectFiltered.all(filter).map(toIssue),
    get: (id: number): StoredIssue | undefined => {
      const row = selectOne.get(id);
      return row && toIssue(row);
    },
    insert: (values: IssueValues, at: string): number => Number(insert.run({ ...values, at }).lastInsertRowid),
    update: (id: number, values: IssueValues, at: string): void => {
      update.run({ id, ...values, at });
    },
    review: (id: number, reviewedOn: string, nextReviewDue: string, at: string): void => {
      review.run({ id, reviewedOn, nextReviewDue, at });
    },
    retire: (id: number, retiredOn: string, reason: string, at: string): void => {
      retire.run({ id, retiredOn, reason, at });
    },
    /** Every answer to the climate question, latest first. */
    climate: (): ClimateAnswer[] =>
      climate
        .all()
        .map((row) => ({ id: row.id, answeredOn: row.answered_on, relevant: row.relevant === 1, justification: row.justification })),
    insertClimate: (answeredOn: string, relevant: boolean, justification: string, at: string): void => {
      insertClimate.run({ answeredOn, relevant: relevant ? 1 : 0, justification, at });
    },
  };
};
