import type Database from 'better-sqlite3';
import type { EffectivenessVerdict, IshikawaBranch } from '../../../shared/domain/nonconformities';
import type { Cause, EffectivenessCheck } from '../../../shared/schemas/nonconformities';

type CauseRow = { position: number; branch: IshikawaBranch | null; why: string | null; cause: string; retained: number };
type CheckRow = {
  id: number;
  planned_on: string;
  criterion: string;
  verdict: EffectivenessVerdict | null;
  checked_on: string | null;
  checked_by: number | null;
  checked_by_name: string | null;
  comment: string | null;
};

const toCause = (row: CauseRow): Cause => ({
  position: row.position,
  branch: row.branch,
  why: row.why,
  cause: row.cause,
  retained: row.retained === 1,
});

const toCheck = (row: CheckRow): EffectivenessCheck => ({
  id: row.id,
  plannedOn: row.planned_on,
  criterion: row.criterion,
  verdict: row.verdict,
  checkedOn: row.checked_on,
  checkedById: row.checked_by,
  checkedByName: row.checked_by_name,
  comment: row.comment,
});

export type NewCause = Omit<Cause, 'position'>;
export type VerdictValues = { verdict: EffectivenessVerdict; checkedOn: string; checkedBy: number; comment: string };

/** The causes of a structured analysis, and the effectiveness checks of a nonconformity. */
export const createLoopRepository = (db: Database.Database) => {
  const causes = db.prepare<[number], CauseRow>(
    'SELECT position, branch, why, cause, retained FROM nonconformity_causes WHERE nonconformity_id = ? ORDER BY position',
  );
  const clearCauses = db.prepare<[number]>('DELETE FROM nonconformity_causes WHERE nonconformity_id = ?');
  const insertCause = db.prepare(
    `INSERT INTO nonconformity_causes (nonconformity_id, position, branch, why, cause, retained)
     VALUES (@ncId, @position, @branch, @why, @cause, @retained)`,
  );
  const checks = db.prepare<[number], CheckRow>(
    `SELECT e.id, e.planned_on, e.criterion, e.verdict, e.checked_on, e.checked_by, p.name AS checked_by_name, e.comment
     FROM effectiveness_checks e LEFT JOIN people p ON p.id = e.checked_by WHERE e.nonconformity_id = ? ORDER BY e.id`,
  );
  const insertCheck = db.prepare<[number, string, string, string, string]>(
    'INSERT INTO effectiveness_checks (nonconformity_id, planned_on, criterion, created_at, updated_at) VALUES (?, ?, ?, ?, ?)',
  );
  const updatePlan = db.prepare<[string, string, string, number]>(
    'UPDATE effectiveness_checks SET planned_on = ?, criterion = ?, updated_at = ?, revision = revision + 1 WHERE id = ?',
  );
  const updateVerdict = db.prepare(
    `UPDATE effectiveness_checks SET verdict = @verdict, checked_on = @checkedOn, checked_by = @checkedBy, comment = @comment,
       updated_at = @at, revision = revision + 1 WHERE id = @id`,
  );
  const checkOwner = db.prepare<[number], { nonconformity_id: number; planned_on: string; verdict: string | null }>(
    'SELECT nonconformity_id, planned_on, verdict FROM effectiveness_checks WHERE id = ?',
  );
  return {
    causes: (ncId: number): Cause[] => causes.all(ncId).map(toCause),
    /** Replaces the analysis's causes; the previous ones stay in the history entry of the change. */
    setCauses: (ncId: number, list: readonly NewCause[]): void => {
      clearCauses.run(ncId);
      list.forEach((cause, index) => insertCause.run({ ncId, position: index + 1, ...cause, retained: cause.retained ? 1 : 0 }));
    },
    checks: (ncId: number): EffectivenessCheck[] => checks.all(ncId).map(toCheck),
    insertCheck: (ncId: number, plannedOn: string, criterion: string, at: string): number =>
      Number(insertCheck.run(ncId, plannedOn, criterion, at, at).lastInsertRowid),
    updatePlan: (checkId: number, plannedOn: string, criterion: string, at: string): void => {
      updatePlan.run(plannedOn, criterion, at, checkId);
    },
    setVerdict: (checkId: number, values: VerdictValues, at: string): void => {
      updateVerdict.run({ id: checkId, ...values, at });
    },
    checkOwner: (checkId: number) => checkOwner.get(checkId),
  };
};
