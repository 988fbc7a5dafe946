import type Database from 'better-sqlite3';
import type { AuditStatus, AuditType } from '../../../shared/domain/audits';
import type { ComplainantKind } from '../../../shared/domain/complaints';
import type { NonconformitySeverity } from '../../../shared/domain/nonconformities';
import type { SuggestionKind, SuggestionStatus } from '../../../shared/domain/suggestions';
import { actionOverdueOnSql } from '../actions/dated';

/**
 * The period a review covers, the day its inputs are read as of (`reviewAsOf`), and the review
 * itself, whose own decisions are outputs, never inputs.
 */
export type Window = { start: string; end: string; asOf: string; reviewId: number };

const LIST_LIMIT = 100;

type AuditRow = { id: number; reference: string; type: AuditType; title: string | null; start_date: string; status: AuditStatus };
type FindingCountRow = { audit_id: number; label: string; rank: number; count: number };
type NcRow = { id: number; reference: string; detected_on: string; severity: NonconformitySeverity; description: string };
type ActionRow = { id: number; reference: string; description: string; owner_name: string; due_date: string };
type ComplaintRow = {
  id: number;
  reference: string;
  received_on: string;
  complainant_kind: ComplainantKind;
  subject: string;
  response_due: string;
  /** Null when answered after the day the inputs are read as of. */
  responded_on: string | null;
};
export type DocumentInForceRow = {
  id: number;
  reference: string;
  title: string;
  owner_name: string | null;
  review_period_months: number;
  effective_date: string;
  last_kept: string | null;
};
type SuggestionRow = {
  id: number;
  reference: string;
  suggested_on: string;
  kind: SuggestionKind;
  description: string;
  status: SuggestionStatus;
};
export type LatestMeasurementRow = { indicator_id: number; value: number };

/** The actions a review's decisions became: outputs of that review, left out of its own inputs. */
const NOT_OWN_DECISION =
  'x.id NOT IN (SELECT action_id FROM management_review_decisions WHERE review_id = @reviewId AND action_id IS NOT NULL)';

/**
 * Read-only queries across the registers for the inputs of a management review (§9.3.2), every one
 * on business dates: what happened between the period's start and the day the inputs are read as
 * of, and what stood open or late on that day.
 */
export const createReviewInputsRepository = (db: Database.Database) => {
  const audits = db.prepare<Window, AuditRow>(
    `SELECT id, reference, type, title, start_date, status FROM audits
     WHERE status <> 'annule' AND start_date BETWEEN @start AND @end ORDER BY start_date, id`,
  );
  const findingCounts = db.prepare<Window, FindingCountRow>(
    `SELECT f.audit_id, g.label, g.rank, count(*) AS count FROM findings f
     JOIN finding_grades g ON g.id = f.grade_id JOIN audits a ON a.id = f.audit_id
     WHERE a.status <> 'annule' AND a.start_date BETWEEN @start AND @end GROUP BY f.audit_id, g.id ORDER BY g.rank, g.label`,
  );
  const ncCounts = db.prepare<Window, { opened: number; closed: number; open_on: number }>(
    `SELECT
       (SELECT count(*) FROM nonconformities WHERE detected_on BETWEEN @start AND @asOf) AS opened,
       (SELECT count(*) FROM nonconformities WHERE closed_on BETWEEN @start AND @asOf) AS closed,
       (SELECT count(*) FROM nonconformities WHERE detected_on <= @asOf AND (closed_on IS NULL OR closed_on > @asOf)) AS open_on`,
  );
  const ncList = db.prepare<Window & { limit: number }, NcRow>(
    `SELECT id, reference, detected_on, severity, description FROM nonconformities
     WHERE detected_on BETWEEN @start AND @asOf ORDER BY detected_on, id LIMIT @limit`,
  );
  const actionCounts = db.prepare<Window, { opened: number; completed: number; overdue: number }>(
    `SELECT
       coalesce(sum(x.opened_on BETWEEN @start AND @asOf), 0) AS opened,
       coalesce(sum(x.done_on BETWEEN @start AND @asOf), 0) AS completed,
       coalesce(sum(${actionOverdueOnSql('x', '@asOf')}), 0) AS overdue
     FROM actions x WHERE ${NOT_OWN_DECISION}`,
  );
  const overdueActions = db.prepare<Window & { limit: number }, ActionRow>(
    `SELECT x.id, x.reference, x.description, p.name AS owner_name, x.due_date FROM actions x JOIN people p ON p.id = x.owner_id
     WHERE ${actionOverdueOnSql('x', '@asOf')} AND ${NOT_OWN_DECISION} ORDER BY x.due_date, x.id LIMIT @limit`,
  );
  const checks = db.prepare<Window, { effective: number; not_effective: number; pending: number }>(
    `SELECT
       coalesce(sum(c.verdict = 'efficace' AND c.checked_on BETWEEN @start AND @asOf), 0) AS effective,
       coalesce(sum(c.verdict = 'non_efficace' AND c.checked_on BETWEEN @start AND @asOf), 0) AS not_effective,
       coalesce(sum(c.planned_on <= @asOf AND (c.checked_on IS NULL OR c.checked_on > @asOf)), 0) AS pending
     FROM effectiveness_checks c JOIN nonconformities n ON n.id = c.nonconformity_id WHERE n.detected_on <= @asOf`,
  );
  const complaints = db.prepare<Window, ComplaintRow>(
    `SELECT id, reference, received_on, complainant_kind, subject, response_due,
       CASE WHEN responded_on <= @asOf THEN responded_on END AS responded_on
     FROM complaints WHERE received_on BETWEEN @start AND @asOf ORDER BY received_on, id`,
  );
  // The version in force on the day (in force still, or made obsolete after it) and its last "reconduit" review by then,
  // the reviews grouped once (a correlated lookup per version scanned the reviews once per document);
  // only the documents whose review may be overdue on the day are read.
  const documentsPossiblyOverdue = db.prepare<Window, DocumentInForceRow>(
    `WITH kept AS (
       SELECT version_id, max(review_date) AS last_kept FROM document_reviews
       WHERE outcome = 'reconduit' AND review_date <= @asOf GROUP BY version_id
     )
     SELECT d.id, d.reference, d.title, p.name AS owner_name, d.review_period_months, v.effective_date, k.last_kept
     FROM documents d JOIN document_versions v ON v.document_id = d.id LEFT JOIN people p ON p.id = d.owner_id
       LEFT JOIN kept k ON k.version_id = v.id
     WHERE v.effective_date <= @asOf AND (v.status = 'en_vigueur' OR (v.status = 'obsolete' AND v.obsolete_on > @asOf))
       -- Only those whose review may have fallen due by then: SQLite's month arithmetic is not
       -- date-fns's at a month's end, so a week's margin; the exact rule is shared/domain's.
       AND max(coalesce(k.last_kept, v.effective_date), v.effective_date)
         < date(@asOf, '-' || d.review_period_months || ' months', '+7 days')
     ORDER BY d.reference, v.effective_date`,
  );
  const suggestionCounts = db.prepare<Window, { received: number; to_triage: number }>(
    `SELECT coalesce(sum(suggested_on BETWEEN @start AND @asOf), 0) AS received,
       coalesce(sum(suggested_on <= @asOf AND (triaged_on IS NULL OR triaged_on > @asOf)), 0) AS to_triage
     FROM suggestions`,
  );
  const suggestionList = db.prepare<Window & { limit: number }, SuggestionRow>(
    `SELECT id, reference, suggested_on, kind, description,
       CASE WHEN triaged_on IS NULL OR triaged_on > @asOf THEN 'a_trier' ELSE status END AS status
     FROM suggestions WHERE suggested_on BETWEEN @start AND @asOf ORDER BY suggested_on, id LIMIT @limit`,
  );
  const measurementsWithin = db.prepare<Window, { indicator_id: number; period_start: string; value: number }>(
    'SELECT indicator_id, period_start, value FROM measurements WHERE period_start BETWEEN @start AND @end ORDER BY period_start',
  );
  // Each indicator's last measurement of a period begun by the review's period end: what an objective stood at then.
  const latestMeasurements = db.prepare<Window, LatestMeasurementRow>(
    `SELECT m.indicator_id, m.value FROM measurements m
     WHERE m.period_start = (SELECT max(period_start) FROM measurements WHERE indicator_id = m.indicator_id AND period_start <= @end)`,
  );

  return {
    audits: (w: Window) => ({ audits: audits.all(w), findings: findingCounts.all(w) }),
    nonconformities: (w: Window) => ({
      counts: ncCounts.get(w) ?? { opened: 0, closed: 0, open_on: 0 },
      list: ncList.all({ ...w, limit: LIST_LIMIT }),
    }),
    actions: (w: Window) => ({
      counts: actionCounts.get(w) ?? { opened: 0, completed: 0, overdue: 0 },
      overdue: overdueActions.all({ ...w, limit: LIST_LIMIT }),
    }),
    effectiveness: (w: Window) => checks.get(w) ?? { effective: 0, not_effective: 0, pending: 0 },
    complaints: (w: Window) => complaints.all(w),
    documentsPossiblyOverdue: (w: Window) => documentsPossiblyOverdue.all(w),
    suggestions: (w: Window) => ({
      counts: suggestionCounts.get(w) ?? { received: 0, to_triage: 0 },
      list: suggestionList.all({ ...w, limit: LIST_LIMIT }),
    }),
    measurementsWithin: (w: Window) => measurementsWithin.all(w),
    latestMeasurements: (w: Window) => latestMeasurements.all(w),
  };
};

export type ReviewInputsRepository = ReturnType<typeof createReviewInputsRepository>;
