import type Database from 'better-sqlite3';
import type { NonconformityStatus } from '../../../shared/domain/nonconformities';
import type { EvaluationResult, ProviderKind } from '../../../shared/domain/providers';
import type { Criterion } from '../../../shared/schemas/providers';

type ProviderRow = {
  id: number;
  name: string;
  kind: ProviderKind;
  supplies: string;
  process_id: number | null;
  process_name: string | null;
  since: string;
  evaluation_months: number;
  active: number;
  next_evaluation_due: string;
  last_id: number | null;
  last_on: string | null;
  last_score: number | null;
  last_result: EvaluationResult | null;
  revision: number;
};

export type StoredProvider = {
  id: number;
  name: string;
  kind: ProviderKind;
  supplies: string;
  processId: number | null;
  processName: string | null;
  since: string;
  evaluationMonths: number;
  active: boolean;
  nextEvaluationDue: string;
  lastEvaluation: { id: number; evaluatedOn: string; score: number; result: EvaluationResult } | null;
  revision: number;
};

const toProvider = (row: ProviderRow): StoredProvider => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  supplies: row.supplies,
  processId: row.process_id,
  processName: row.process_name,
  since: row.since,
  evaluationMonths: row.evaluation_months,
  active: row.active === 1,
  nextEvaluationDue: row.next_evaluation_due,
  lastEvaluation:
    row.last_id === null
      ? null
      : { id: row.last_id, evaluatedOn: row.last_on ?? '', score: row.last_score ?? 0, result: row.last_result ?? 'satisfaisant' },
  revision: row.revision,
});

export type ProviderValues = {
  name: string;
  kind: ProviderKind;
  supplies: string;
  processId: number | null;
  since: string;
  evaluationMonths: number;
  active: boolean;
  nextEvaluationDue: string;
};

export type EvaluationRow = {
  id: number;
  evaluated_on: string;
  evaluated_by: number;
  evaluated_by_name: string;
  score: number;
  result: EvaluationResult;
  comment: string | null;
  nonconformity_id: number | null;
  nc_reference: string | null;
  nc_status: NonconformityStatus | null;
};

const selectProvider = `SELECT v.id, v.name, v.kind, v.supplies, v.process_id, p.name AS process_name, v.since, v.evaluation_months, v.active,
    v.next_evaluation_due, e.id AS last_id, e.evaluated_on AS last_on, e.score AS last_score, e.result AS last_result, v.revision
  FROM providers v
  LEFT JOIN processes p ON p.id = v.process_id
  LEFT JOIN provider_evaluations e ON e.id = (
    SELECT id FROM provider_evaluations WHERE provider_id = v.id ORDER BY evaluated_on DESC, id DESC LIMIT 1
  )`;

export const createProvidersRepository = (db: Database.Database) => {
  const list = db.prepare<{ kind: string | null; activeOnly: number; lateBefore: string | null }, ProviderRow>(`${selectProvider}
    WHERE (@kind IS NULL OR v.kind = @kind) AND (@activeOnly = 0 OR v.active = 1)
      AND (@lateBefore IS NULL OR (v.active = 1 AND v.next_evaluation_due < @lateBefore))
    ORDER BY v.name COLLATE NOCASE`);
  const one = db.prepare<[number], ProviderRow>(`${selectProvider} WHERE v.id = ?`);
  const byName = db.prepare<[string], { id: number }>('SELECT id FROM providers WHERE name = ? COLLATE NOCASE');
  const insert = db.prepare(
    `INSERT INTO providers (name, kind, supplies, process_id, since, evaluation_months, active, next_evaluation_due, created_at, updated_at)
     VALUES (@name, @kind, @supplies, @processId, @since, @evaluationMonths, @active, @nextEvaluationDue, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE providers SET name = @name, kind = @kind, supplies = @supplies, process_id = @processId, since = @since,
       evaluation_months = @evaluationMonths, active = @active, next_evaluation_due = @nextEvaluationDue, revision = revision + 1,
       updated_at = @at WHERE id = @id`,
  );
  const setDue = db.prepare<[string, string, number]>(
    'UPDATE providers SET next_evaluation_due = ?, revision = revision + 1, updated_at = ? WHERE id = ?',
  );
  const lastEvaluatedOn = db
    .prepare<[number], string | null>('SELECT max(evaluated_on) FROM provider_evaluations WHERE provider_id = ?')
    .pluck();

  const criteria = db.prepare<[], { id: number; label: string; position: number; active: number }>(
    'SELECT id, label, position, active FROM provider_criteria ORDER BY position, id',
  );
  const criterion = db.prepare<[number], { id: number; label: string; position: number; active: number }>(
    'SELECT id, label, position, active FROM provider_criteria WHERE id = ?',
  );
  const criterionByLabel = db.prepare<[string], { id: number }>('SELECT id FROM provider_criteria WHERE label = ? COLLATE NOCASE');
  const insertCriterion = db.prepare<[string, string]>(
    'INSERT INTO provider_criteria (label, position, created_at) VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM provider_criteria), ?)',
  );
  const updateCriterion = db.prepare<[string, number, number]>('UPDATE provider_criteria SET label = ?, active = ? WHERE id = ?');

  const evaluations = db.prepare<[number], EvaluationRow>(
    `SELECT e.id, e.evaluated_on, e.evaluated_by, pe.name AS evaluated_by_name, e.score, e.result, e.comment, e.nonconformity_id,
       n.reference AS nc_reference, n.status AS nc_status
     FROM provider_evaluations e JOIN people pe ON pe.id = e.evaluated_by LEFT JOIN nonconformities n ON n.id = e.nonconformity_id
     WHERE e.provider_id = ? ORDER BY e.evaluated_on DESC, e.id DESC`,
  );
  const evaluation = db.prepare<
    [number],
    { id: number; provider_id: number; evaluated_on: string; result: EvaluationResult; nonconformity_id: number | null }
  >('SELECT id, provider_id, evaluated_on, result, nonconformity_id FROM provider_evaluations WHERE id = ?');
  const scores = db.prepare<[number], { criterion_id: number; label: string; score: number }>(
    `SELECT s.criterion_id, c.label, s.score FROM provider_evaluation_scores s JOIN provider_criteria c ON c.id = s.criterion_id
     WHERE s.evaluation_id = ? ORDER BY c.position, c.id`,
  );
  const insertEvaluation = db.prepare(
    `INSERT INTO provider_evaluations (provider_id, evaluated_on, evaluated_by, score, result, comment, created_at)
     VALUES (@providerId, @evaluatedOn, @evaluatedBy, @score, @result, @comment, @at)`,
  );
  const insertScore = db.prepare<[number, number, number]>(
    'INSERT INTO provider_evaluation_scores (evaluation_id, criterion_id, score) VALUES (?, ?, ?)',
  );
  const linkNc = db.prepare<[number, number]>('UPDATE provider_evaluations SET nonconformity_id = ? WHERE id = ?');

  const toCriterion = (row: { id: number; label: string; position: number; active: number }): Criterion => ({
    ...row,
    active: row.active === 1,
  });

  return {
    list: (filter: { kind: ProviderKind | null; activeOnly: boolean; lateBefore: string | null }): StoredProvider[] =>
      list.all({ ...filter, activeOnly: filter.activeOnly ? 1 : 0 }).map(toProvider),
    get: (id: number): StoredProvider | undefined => {
      const row = one.get(id);
      return row && toProvider(row);
    },
    idByName: (name: string): number | undefined => byName.get(name)?.id,
    insert: (values: ProviderValues, at: string): number =>
      Number(insert.run({ ...values, active: values.active ? 1 : 0, at }).lastInsertRowid),
    update: (id: number, values: ProviderValues, at: string): void => {
      update.run({ id, ...values, active: values.active ? 1 : 0, at });
    },
    setNextDue: (id: number, due: string, at: string): void => {
      setDue.run(due, at, id);
    },
    lastEvaluatedOn: (id: number): string | null => lastEvaluatedOn.get(id) ?? null,

    criteria: (): Criterion[] => criteria.all().map(toCriterion),
    criterion: (id: number): Criterion | undefined => {
      const row = criterion.get(id);
      return row && toCriterion(row);
    },
    criterionByLabel: (label: string): number | undefined => criterionByLabel.get(label)?.id,
    insertCriterion: (label: string, at: string): number => Number(insertCriterion.run(label, at).lastInsertRowid),
    updateCriterion: (id: number, label: string, active: boolean): void => {
      updateCriterion.run(label, active ? 1 : 0, id);
    },

    evaluations: (providerId: number): EvaluationRow[] => evaluations.all(providerId),
    evaluation: (id: number) => evaluation.get(id),
    scores: (evaluationId: number) => scores.all(evaluationId),
    insertEvaluation: (
      values: {
        providerId: number;
        evaluatedOn: string;
        evaluatedBy: number;
        score: number;
        result: EvaluationResult;
        comment: string | null;
      },
      scoreRows: readonly { criterionId: number; score: number }[],
      at: string,
    ): number => {
      const id = Number(insertEvaluation.run({ ...values, at }).lastInsertRowid);
      for (const row of scoreRows) insertScore.run(id, row.criterionId, row.score);
      return id;
    },
    linkNonconformity: (evaluationId: number, ncId: number): void => {
      linkNc.run(ncId, evaluationId);
    },
  };
};
