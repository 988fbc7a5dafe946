import type Database from 'better-sqlite3';
import type { AuditStatus, AuditType } from '../../../shared/domain/audits';
import type { ComplainantKind } from '../../../shared/domain/complaints';
import type { NonconformitySeverity, NonconformityStatus } from '../../../shared/domain/nonconformities';
import type { SuggestionKind, SuggestionStatus } from '../../../shared/domain/suggestions';

/** The period a review covers and the day its inputs are read. */
export type Window = { start: string; end: string; readOn: string };

const LIST_LIMIT = 100;

type AuditRow = { id: number; reference: string; type: AuditType; title: string | null; start_date: string; status: AuditStatus };
type FindingCountRow = { audit_id: number; label: string; rank: number; count: number };
type NcRow = {
  id: number;
  reference: string;
  detected_on: string;
  severity: NonconformitySeverity;
  status: NonconformityStatus;
  description: string;
};
type ActionRow = { id: number; reference: string; description: string; owner_name: string; due_date: string };
type ComplaintRow = {
  id: number;
  reference: string;
  received_on: string;
  complainant_kind: ComplainantKind;
  subject: string;
  response_due: string;
  responded_on: string | null;
};
type DocumentRow = { id: number; reference: string; title: string; next_review_due: string; owner_name: string | null };
type SuggestionRow = {
  id: number;
  reference: string;
  suggested_on: string;
  kind: SuggestionKind;
  description: string;
  status: SuggestionStatus;
};

/** Read-only queries across the registers for the inputs of a management review (§9.3.2). */
export const createReviewInputsRepository = (db: Database.Database) => {
  const audits = db.prepare<[string, string], AuditRow>(
    `SELECT id, reference, type, title, start_date, status FROM audits
     WHERE status <> 'annule' AND start_date BETWEEN ? AND ? ORDER BY start_date, id`,
  );
  const findingCounts = db.prepare<[string, string], FindingCountRow>(
    `SELECT f.audit_id, g.label, g.rank, count(*) AS count FROM findings f
     JOIN finding_grades g ON g.id = f.grade_id JOIN audits a ON a.id = f.audit_id
     WHERE a.status <> 'annule' AND a.start_date BETWEEN ? AND ? GROUP BY f.audit_id, g.id ORDER BY g.rank, g.label`,
  );
  const ncCounts = db.prepare<[string, string, string, string], { opened: number; closed: number; open_now: number }>(
    `SELECT
       (SELECT count(*) FROM nonconformities WHERE detected_on BETWEEN ? AND ?) AS opened,
       (SELECT count(*) FROM nonconformities WHERE closed_on BETWEEN ? AND ?) AS closed,
       (SELECT count(*) FROM nonconformities WHERE status <> 'close') AS open_now`,
  );
  const ncList = db.prepare<[string, string, number], NcRow>(
    `SELECT id, reference, detected_on, severity, status, description FROM nonconformities
     WHERE detected_on BETWEEN ? AND ? ORDER BY detected_on, id LIMIT ?`,
  );
  const actionCounts = db.prepare<{ start: string; end: string; readOn: string }, { opened: number; completed: number; overdue: number }>(
    `SELECT
       (SELECT count(*) FROM actions WHERE substr(created_at, 1, 10) BETWEEN @start AND @end) AS opened,
       (SELECT count(*) FROM actions WHERE done_on BETWEEN @start AND @end) AS completed,
       (SELECT count(*) FROM actions WHERE status IN ('a_faire', 'en_cours') AND due_date < @readOn) AS overdue`,
  );
  const overdueActions = db.prepare<[string, number], ActionRow>(
    `SELECT a.id, a.reference, a.description, p.name AS owner_name, a.due_date FROM actions a JOIN people p ON p.id = a.owner_id
     WHERE a.status IN ('a_faire', 'en_cours') AND a.due_date < ? ORDER BY a.due_date, a.id LIMIT ?`,
  );
  const checks = db.prepare<{ start: string; end: string }, { effective: number; not_effective: number; pending: number }>(
    `SELECT
       coalesce(sum(verdict = 'efficace' AND checked_on BETWEEN @start AND @end), 0) AS effective,
       coalesce(sum(verdict = 'non_efficace' AND checked_on BETWEEN @start AND @end), 0) AS not_effective,
       coalesce(sum(verdict IS NULL AND planned_on <= @end), 0) AS pending
     FROM effectiveness_checks`,
  );
  const complaints = db.prepare<[string, string], ComplaintRow>(
    `SELECT id, reference, received_on, complainant_kind, subject, response_due, responded_on FROM complaints
     WHERE received_on BETWEEN ? AND ? ORDER BY received_on, id`,
  );
  const documentsOverdue = db.prepare<[string, number], DocumentRow>(
    `SELECT d.id, d.reference, d.title, d.next_review_due, p.name AS owner_name FROM documents d LEFT JOIN people p ON p.id = d.owner_id
     WHERE d.status = 'en_vigueur' AND d.next_review_due < ? ORDER BY d.next_review_due, d.reference LIMIT ?`,
  );
  const suggestionCounts = db.prepare<[string, string], { received: number; to_triage: number }>(
    `SELECT (SELECT count(*) FROM suggestions WHERE suggested_on BETWEEN ? AND ?) AS received,
       (SELECT count(*) FROM suggestions WHERE status = 'a_trier') AS to_triage`,
  );
  const suggestionList = db.prepare<[string, string, number], SuggestionRow>(
    `SELECT id, reference, suggested_on, kind, description, status FROM suggestions
     WHERE suggested_on BETWEEN ? AND ? ORDER BY suggested_on, id LIMIT ?`,
  );
  const measurementsWithin = db.prepare<[string, string], { indicator_id: number; period_start: string; value: number }>(
    'SELECT indicator_id, period_start, value FROM measurements WHERE period_start BETWEEN ? AND ? ORDER BY period_start',
  );

  return {
    audits: (w: Window) => ({ audits: audits.all(w.start, w.end), findings: findingCounts.all(w.start, w.end) }),
    nonconformities: (w: Window) => ({
      counts: ncCounts.get(w.start, w.end, w.start, w.end) ?? { opened: 0, closed: 0, open_now: 0 },
      list: ncList.all(w.start, w.end, LIST_LIMIT),
    }),
    actions: (w: Window) => ({
      counts: actionCounts.get({ start: w.start, end: w.end, readOn: w.readOn }) ?? { opened: 0, completed: 0, overdue: 0 },
      overdue: overdueActions.all(w.readOn, LIST_LIMIT),
    }),
    effectiveness: (w: Window) => checks.get({ start: w.start, end: w.end }) ?? { effective: 0, not_effective: 0, pending: 0 },
    complaints: (w: Window) => complaints.all(w.start, w.end),
    documentsOverdue: (w: Window) => documentsOverdue.all(w.readOn, LIST_LIMIT),
    suggestions: (w: Window) => ({
      counts: suggestionCounts.get(w.start, w.end) ?? { received: 0, to_triage: 0 },
      list: suggestionList.all(w.start, w.end, LIST_LIMIT),
    }),
    measurementsWithin: (w: Window) => measurementsWithin.all(w.start, w.end),
  };
};

export type ReviewInputsRepository = ReturnType<typeof createReviewInputsRepository>;
