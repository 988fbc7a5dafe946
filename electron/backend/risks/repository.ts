import type Database from 'better-sqlite3';
import type { RegisterStatus } from '../../../shared/domain/register-life';
import type { RiskKind, RiskOrigin, RiskTreatment } from '../../../shared/domain/risks';

export type RiskRow = {
  id: number;
  reference: string;
  kind: RiskKind;
  title: string;
  description: string | null;
  origin: RiskOrigin;
  issue_id: number | null;
  party_id: number | null;
  finding_id: number | null;
  nonconformity_id: number | null;
  origin_note: string | null;
  origin_label: string | null;
  origin_audit_id: number | null;
  process_id: number | null;
  process_name: string | null;
  owner_id: number;
  owner_name: string;
  identified_on: string;
  treatment: RiskTreatment | null;
  treatment_note: string | null;
  decided_on: string | null;
  reevaluation_due: string | null;
  last_reviewed_on: string | null;
  review_due: string;
  status: RegisterStatus;
  retired_on: string | null;
  retire_reason: string | null;
  revision: number;
};

export type EvaluationRow = {
  id: number;
  risk_id: number;
  evaluated_on: string;
  likelihood: number;
  impact: number;
  comment: string | null;
};

export type RiskValues = {
  kind: RiskKind;
  title: string;
  description: string | null;
  origin: RiskOrigin;
  issueId: number | null;
  partyId: number | null;
  findingId: number | null;
  nonconformityId: number | null;
  originNote: string | null;
  processId: number | null;
  ownerId: number;
  identifiedOn: string;
  reviewDue: string;
};

export type TreatmentValues = {
  treatment: RiskTreatment;
  treatmentNote: string | null;
  decidedOn: string;
  reevaluationDue: string | null;
};

/** What a risk's origin reads as: the issue, the party, the audit and its finding, the NC, the process, or the note. */
const originLabel = `CASE r.origin
    WHEN 'enjeu' THEN i.title
    WHEN 'partie' THEN ip.name
    WHEN 'constat' THEN a.reference || ' — ' || g.label || ' : ' || substr(f.description, 1, 120)
    WHEN 'nonconformite' THEN n.reference
    WHEN 'processus' THEN pr.name
    ELSE r.origin_note
  END`;

export const RISK_SELECT = `SELECT r.id, r.reference, r.kind, r.title, r.description, r.origin, r.issue_id, r.party_id, r.finding_id,
    r.nonconformity_id, r.origin_note, ${originLabel} AS origin_label, f.audit_id AS origin_audit_id, r.process_id,
    pr.name AS process_name, r.owner_id, o.name AS owner_name, r.identified_on, r.treatment, r.treatment_note, r.decided_on,
    r.reevaluation_due, r.last_reviewed_on, r.review_due, r.status, r.retired_on, r.retire_reason, r.revision
  FROM risks r
  JOIN people o ON o.id = r.owner_id
  LEFT JOIN processes pr ON pr.id = r.process_id
  LEFT JOIN context_issues i ON i.id = r.issue_id
  LEFT JOIN interested_parties ip ON ip.id = r.party_id
  LEFT JOIN findings f ON f.id = r.finding_id
  LEFT JOIN finding_grades g ON g.id = f.grade_id
  LEFT JOIN audits a ON a.id = f.audit_id
  LEFT JOIN nonconformities n ON n.id = r.nonconformity_id`;

export const createRisksRepository = (db: Database.Database) => {
  const selectAll = db.prepare<[], RiskRow>(`${RISK_SELECT} ORDER BY r.status, r.reference`);
  const selectOne = db.prepare<[number], RiskRow>(`${RISK_SELECT} WHERE r.id = ?`);
  const evaluationsOf = db.prepare<[number], EvaluationRow>(
    'SELECT id, risk_id, evaluated_on, likelihood, impact, comment FROM risk_evaluations WHERE risk_id = ? ORDER BY evaluated_on, id',
  );
  const allEvaluations = db.prepare<[], EvaluationRow>(
    'SELECT id, risk_id, evaluated_on, likelihood, impact, comment FROM risk_evaluations ORDER BY risk_id, evaluated_on, id',
  );
  const highestLevels = db.prepare<[], { likelihood: number | null; impact: number | null }>(
    'SELECT max(likelihood) AS likelihood, max(impact) AS impact FROM risk_evaluations',
  );
  const insert = db.prepare(
    `INSERT INTO risks (reference, kind, title, description, origin, issue_id, party_id, finding_id, nonconformity_id, origin_note,
       process_id, owner_id, identified_on, review_due, status, created_at, updated_at)
     VALUES (@reference, @kind, @title, @description, @origin, @issueId, @partyId, @findingId, @nonconformityId, @originNote,
       @processId, @ownerId, @identifiedOn, @reviewDue, 'actif', @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE risks SET kind = @kind, title = @title, description = @description, origin = @origin, issue_id = @issueId,
       party_id = @partyId, finding_id = @findingId, nonconformity_id = @nonconformityId, origin_note = @originNote,
       process_id = @processId, owner_id = @ownerId, identified_on = @identifiedOn, review_due = @reviewDue,
       revision = revision + 1, updated_at = @at WHERE id = @id`,
  );
  const insertEvaluation = db.prepare<{
    riskId: number;
    evaluatedOn: string;
    likelihood: number;
    impact: number;
    comment: string | null;
    at: string;
  }>(
    `INSERT INTO risk_evaluations (risk_id, evaluated_on, likelihood, impact, comment, created_at)
     VALUES (@riskId, @evaluatedOn, @likelihood, @impact, @comment, @at)`,
  );
  const moveFirstEvaluation = db.prepare<[string, number]>('UPDATE risk_evaluations SET evaluated_on = ? WHERE id = ?');
  const treat = db.prepare(
    `UPDATE risks SET treatment = @treatment, treatment_note = @treatmentNote, decided_on = @decidedOn,
       reevaluation_due = @reevaluationDue, revision = revision + 1, updated_at = @at WHERE id = @id`,
  );
  const setReevaluationDue = db.prepare<[string | null, string, number]>(
    'UPDATE risks SET reevaluation_due = ?, revision = revision + 1, updated_at = ? WHERE id = ?',
  );
  const review = db.prepare<{ id: number; reviewedOn: string; nextReviewDue: string; at: string }>(
    `UPDATE risks SET last_reviewed_on = @reviewedOn, review_due = @nextReviewDue, revision = revision + 1, updated_at = @at WHERE id = @id`,
  );
  const retire = db.prepare<{ id: number; retiredOn: string; reason: string; at: string }>(
    `UPDATE risks SET status = 'retire', retired_on = @retiredOn, retire_reason = @reason, reevaluation_due = NULL,
       revision = revision + 1, updated_at = @at WHERE id = @id`,
  );
  const firstActionOpened = db.prepare<[number], string | null>('SELECT min(opened_on) FROM actions WHERE risk_id = ?').pluck();
  const issueOf = db.prepare<[number], { title: string; identified_on: string; status: RegisterStatus }>(
    'SELECT title, identified_on, status FROM context_issues WHERE id = ?',
  );
  const partyOf = db.prepare<[number], { name: string; identified_on: string; status: RegisterStatus }>(
    'SELECT name, identified_on, status FROM interested_parties WHERE id = ?',
  );
  const findingOf = db.prepare<[number], { audit_reference: string; audit_start: string }>(
    'SELECT a.reference AS audit_reference, a.start_date AS audit_start FROM findings f JOIN audits a ON a.id = f.audit_id WHERE f.id = ?',
  );
  const nonconformityOf = db.prepare<[number], { reference: string; detected_on: string }>(
    'SELECT reference, detected_on FROM nonconformities WHERE id = ?',
  );
  return {
    all: (): RiskRow[] => selectAll.all(),
    get: (id: number): RiskRow | undefined => selectOne.get(id),
    evaluations: (riskId: number): EvaluationRow[] => evaluationsOf.all(riskId),
    allEvaluations: (): EvaluationRow[] => allEvaluations.all(),
    /** The highest levels any evaluation ever used: a scale cannot shrink below them. */
    highestLevels: () => highestLevels.get() ?? { likelihood: null, impact: null },
    insert: (reference: string, values: RiskValues, at: string): number => Number(insert.run({ reference, ...values, at }).lastInsertRowid),
    update: (id: number, values: RiskValues, at: string): void => {
      update.run({ id, ...values, at });
    },
    evaluate: (riskId: number, values: { evaluatedOn: string; likelihood: number; impact: number; comment: string | null }, at: string) => {
      insertEvaluation.run({ riskId, ...values, at });
    },
    /** The first evaluation is the one at identification: it moves with the identification day. */
    moveFirstEvaluation: (evaluationId: number, date: string): void => {
      moveFirstEvaluation.run(date, evaluationId);
    },
    treat: (id: number, values: TreatmentValues, at: string): void => {
      treat.run({ id, ...values, at });
    },
    setReevaluationDue: (id: number, due: string | null, at: string): void => {
      setReevaluationDue.run(due, at, id);
    },
    review: (id: number, reviewedOn: string, nextReviewDue: string, at: string): void => {
      review.run({ id, reviewedOn, nextReviewDue, at });
    },
    retire: (id: number, retiredOn: string, reason: string, at: string): void => {
      retire.run({ id, retiredOn, reason, at });
    },
    firstActionOpened: (riskId: number): string | null => firstActionOpened.get(riskId) ?? null,
    origins: {
      issue: (id: number) => issueOf.get(id),
      party: (id: number) => partyOf.get(id),
      finding: (id: number) => findingOf.get(id),
      nonconformity: (id: number) => nonconformityOf.get(id),
    },
  };
};

export type RisksRepository = ReturnType<typeof createRisksRepository>;
