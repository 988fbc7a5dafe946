import type Database from 'better-sqlite3';
import type { CompetenceKind, TrainingResult, TrainingStatus } from '../../../shared/domain/competences';
import type { Competence, JobFunction, Training } from '../../../shared/schemas/competences';

type TrainingRow = {
  id: number;
  person_id: number;
  person_name: string;
  person_active: number;
  competence_id: number | null;
  competence_name: string | null;
  competence_kind: CompetenceKind | null;
  title: string;
  provider_id: number | null;
  provider_name: string | null;
  status: TrainingStatus;
  planned_on: string | null;
  done_on: string | null;
  expires_on: string | null;
  evaluation_due: string | null;
  evaluated_on: string | null;
  evaluation_result: TrainingResult | null;
  evaluation_comment: string | null;
  revision: number;
};

/** A training as stored; its state depends on the day, so the service adds it. */
export type StoredTraining = Omit<Training, 'state'>;

const toTraining = (row: TrainingRow): StoredTraining => ({
  id: row.id,
  personId: row.person_id,
  personName: row.person_name,
  personActive: row.person_active === 1,
  competenceId: row.competence_id,
  competenceName: row.competence_name,
  competenceKind: row.competence_kind,
  title: row.title,
  providerId: row.provider_id,
  providerName: row.provider_name,
  status: row.status,
  plannedOn: row.planned_on,
  doneOn: row.done_on,
  expiresOn: row.expires_on,
  evaluationDue: row.evaluation_due,
  evaluatedOn: row.evaluated_on,
  evaluationResult: row.evaluation_result,
  evaluationComment: row.evaluation_comment,
  revision: row.revision,
});

export type TrainingValues = {
  personId: number;
  competenceId: number | null;
  title: string;
  providerId: number | null;
  status: TrainingStatus;
  plannedOn: string | null;
  doneOn: string | null;
  expiresOn: string | null;
  evaluationDue: string | null;
};

export type TrainingFilter = { personId: number | null; competenceId: number | null; year: string | null; search: string | null };

const selectTraining = `SELECT t.id, t.person_id, pe.name AS person_name, pe.active AS person_active, t.competence_id, c.name AS competence_name,
    c.kind AS competence_kind, t.title, t.provider_id, pr.name AS provider_name, t.status, t.planned_on, t.done_on, t.expires_on,
    t.evaluation_due, t.evaluated_on, t.evaluation_result, t.evaluation_comment, t.revision
  FROM trainings t
  JOIN people pe ON pe.id = t.person_id
  LEFT JOIN competences c ON c.id = t.competence_id
  LEFT JOIN providers pr ON pr.id = t.provider_id`;

type FunctionRow = { id: number; name: string; description: string | null; revision: number };

export const createCompetencesRepository = (db: Database.Database) => {
  const competences = db.prepare<[], Competence>('SELECT id, name, kind FROM competences ORDER BY name COLLATE NOCASE');
  const competence = db.prepare<[number], Competence>('SELECT id, name, kind FROM competences WHERE id = ?');
  const competenceByName = db.prepare<[string], { id: number }>('SELECT id FROM competences WHERE name = ? COLLATE NOCASE');
  const insertCompetence = db.prepare<[string, string, string]>('INSERT INTO competences (name, kind, created_at) VALUES (?, ?, ?)');

  const functions = db.prepare<[], FunctionRow>('SELECT id, name, description, revision FROM job_functions ORDER BY name COLLATE NOCASE');
  const fn = db.prepare<[number], FunctionRow>('SELECT id, name, description, revision FROM job_functions WHERE id = ?');
  const functionByName = db.prepare<[string], { id: number }>('SELECT id FROM job_functions WHERE name = ? COLLATE NOCASE');
  const requiredOf = db.prepare<[], { function_id: number; id: number; name: string; kind: CompetenceKind }>(
    `SELECT fc.function_id, c.id, c.name, c.kind FROM job_function_competences fc JOIN competences c ON c.id = fc.competence_id
     ORDER BY c.name COLLATE NOCASE`,
  );
  const holdersOf = db.prepare<[], { function_id: number; id: number; name: string; active: number }>(
    `SELECT pf.function_id, p.id, p.name, p.active FROM person_functions pf JOIN people p ON p.id = pf.person_id ORDER BY p.name COLLATE NOCASE`,
  );
  const insertFunction = db.prepare<{ name: string; description: string | null; at: string }>(
    'INSERT INTO job_functions (name, description, created_at, updated_at) VALUES (@name, @description, @at, @at)',
  );
  const updateFunction = db.prepare<{ id: number; name: string; description: string | null; at: string }>(
    'UPDATE job_functions SET name = @name, description = @description, revision = revision + 1, updated_at = @at WHERE id = @id',
  );
  const clearRequired = db.prepare<[number]>('DELETE FROM job_function_competences WHERE function_id = ?');
  const addRequired = db.prepare<[number, number]>('INSERT INTO job_function_competences (function_id, competence_id) VALUES (?, ?)');
  const clearHolders = db.prepare<[number]>('DELETE FROM person_functions WHERE function_id = ?');
  const addHolder = db.prepare<[number, number]>('INSERT INTO person_functions (function_id, person_id) VALUES (?, ?)');

  const trainings = db.prepare<TrainingFilter, TrainingRow>(`${selectTraining}
    WHERE (@personId IS NULL OR t.person_id = @personId)
      AND (@competenceId IS NULL OR t.competence_id = @competenceId)
      AND (@year IS NULL OR substr(coalesce(t.done_on, t.planned_on), 1, 4) = @year)
      AND (@search IS NULL OR t.title LIKE '%' || @search || '%' OR pe.name LIKE '%' || @search || '%')
    ORDER BY coalesce(t.done_on, t.planned_on) DESC, t.id DESC`);
  const training = db.prepare<[number], TrainingRow>(`${selectTraining} WHERE t.id = ?`);
  const insertTraining = db.prepare(
    `INSERT INTO trainings (person_id, competence_id, title, provider_id, status, planned_on, done_on, expires_on, evaluation_due,
       created_at, updated_at)
     VALUES (@personId, @competenceId, @title, @providerId, @status, @plannedOn, @doneOn, @expiresOn, @evaluationDue, @at, @at)`,
  );
  const updateTraining = db.prepare(
    `UPDATE trainings SET person_id = @personId, competence_id = @competenceId, title = @title, provider_id = @providerId, status = @status,
       planned_on = @plannedOn, done_on = @doneOn, expires_on = @expiresOn, evaluation_due = @evaluationDue,
       evaluated_on = CASE WHEN @doneOn IS NULL THEN NULL ELSE evaluated_on END,
       evaluation_result = CASE WHEN @doneOn IS NULL THEN NULL ELSE evaluation_result END,
       evaluation_comment = CASE WHEN @doneOn IS NULL THEN NULL ELSE evaluation_comment END,
       revision = revision + 1, updated_at = @at WHERE id = @id`,
  );
  const evaluate = db.prepare<{ id: number; on: string; result: string; comment: string | null; at: string }>(
    `UPDATE trainings SET evaluated_on = @on, evaluation_result = @result, evaluation_comment = @comment, revision = revision + 1,
       updated_at = @at WHERE id = @id`,
  );
  const providerExists = db.prepare<[number], number>('SELECT 1 FROM providers WHERE id = ?').pluck();

  const assemble = (rows: FunctionRow[]): JobFunction[] => {
    const required = requiredOf.all();
    const holders = holdersOf.all();
    return rows.map((row) => ({
      ...row,
      competences: required.filter((r) => r.function_id === row.id).map(({ id, name, kind }) => ({ id, name, kind })),
      holders: holders.filter((h) => h.function_id === row.id).map(({ id, name, active }) => ({ id, name, active: active === 1 })),
    }));
  };

  return {
    competences: (): Competence[] => competences.all(),
    competence: (id: number): Competence | undefined => competence.get(id),
    competenceByName: (name: string): number | undefined => competenceByName.get(name)?.id,
    insertCompetence: (name: string, kind: CompetenceKind, at: string): number =>
      Number(insertCompetence.run(name, kind, at).lastInsertRowid),

    functions: (): JobFunction[] => assemble(functions.all()),
    function: (id: number): JobFunction | undefined => {
      const row = fn.get(id);
      return row && assemble([row])[0];
    },
    functionByName: (name: string): number | undefined => functionByName.get(name)?.id,
    insertFunction: (name: string, description: string | null, at: string): number =>
      Number(insertFunction.run({ name, description, at }).lastInsertRowid),
    updateFunction: (id: number, name: string, description: string | null, at: string): void => {
      updateFunction.run({ id, name, description, at });
    },
    setFunctionLinks: (id: number, competenceIds: readonly number[], holderIds: readonly number[]): void => {
      clearRequired.run(id);
      for (const competenceId of competenceIds) addRequired.run(id, competenceId);
      clearHolders.run(id);
      for (const personId of holderIds) addHolder.run(id, personId);
    },

    trainings: (filter: TrainingFilter): StoredTraining[] => trainings.all(filter).map(toTraining),
    training: (id: number): StoredTraining | undefined => {
      const row = training.get(id);
      return row && toTraining(row);
    },
    insertTraining: (values: TrainingValues, at: string): number => Number(insertTraining.run({ ...values, at }).lastInsertRowid),
    updateTraining: (id: number, values: TrainingValues, at: string): void => {
      updateTraining.run({ id, ...values, at });
    },
    evaluateTraining: (id: number, on: string, result: TrainingResult, comment: string | null, at: string): void => {
      evaluate.run({ id, on, result, comment, at });
    },
    providerExists: (id: number): boolean => providerExists.get(id) === 1,
  };
};
