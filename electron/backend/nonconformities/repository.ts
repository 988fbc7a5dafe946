import type Database from 'better-sqlite3';
import type { AnalysisMethod, NonconformityStatus } from '../../../shared/domain/nonconformities';
import type { FindingStatus } from '../../../shared/domain/audits';
import type { NonconformitySummary } from '../../../shared/schemas/nonconformities';
import { inIds, matchesWords, registerSearchFold } from '../search/fold';

type SummaryRow = {
  id: number;
  reference: string;
  source: NonconformitySummary['source'];
  detected_on: string;
  description: string;
  severity: NonconformitySummary['severity'];
  status: NonconformityStatus;
  process_name: string | null;
  finding_id: number | null;
  audit_id: number | null;
  audit_reference: string | null;
  response_due: string | null;
  complaint_id: number | null;
  complaint_reference: string | null;
  action_count: number;
  actions_finished: number;
  check_planned_on: string | null;
  closed_on: string | null;
};

/** The columns of one nonconformity beyond its register line, as stored. */
export type NonconformityRow = SummaryRow & {
  detected_by: number | null;
  detected_by_name: string | null;
  process_id: number | null;
  finding_description: string | null;
  finding_grade: string | null;
  finding_status: FindingStatus | null;
  audit_type: string | null;
  suggestion_id: number | null;
  suggestion_reference: string | null;
  correction_what: string | null;
  correction_by: number | null;
  correction_by_name: string | null;
  correction_on: string | null;
  analysis_method: AnalysisMethod | null;
  analysis_text: string | null;
  analysed_by: number | null;
  analysed_by_name: string | null;
  analysed_on: string | null;
  revision: number;
};

export const toSummary = (row: SummaryRow): NonconformitySummary => ({
  id: row.id,
  reference: row.reference,
  source: row.source,
  detectedOn: row.detected_on,
  description: row.description,
  severity: row.severity,
  status: row.status,
  processName: row.process_name,
  finding:
    row.finding_id === null
      ? null
      : { id: row.finding_id, auditId: row.audit_id ?? 0, auditReference: row.audit_reference ?? '', responseDue: row.response_due },
  complaint: row.complaint_id === null ? null : { id: row.complaint_id, reference: row.complaint_reference ?? '' },
  actionCount: row.action_count,
  actionsFinished: row.actions_finished,
  checkPlannedOn: row.check_planned_on,
  closedOn: row.closed_on,
});

export type NewNonconformity = {
  reference: string;
  source: NonconformitySummary['source'];
  findingId: number | null;
  detectedOn: string;
  detectedBy: number | null;
  processId: number | null;
  requirementId: number | null;
  description: string;
  severity: NonconformitySummary['severity'];
};

export type RegisterValues = Omit<NewNonconformity, 'reference' | 'source' | 'findingId'>;
export type CorrectionValues = { what: string; by: number; on: string };
export type AnalysisValues = { method: AnalysisMethod; text: string | null; analysedBy: number | null; analysedOn: string | null };

const summaryColumns = `n.id, n.reference, n.source, n.detected_on, n.description, n.severity, n.status, p.name AS process_name,
    f.id AS finding_id, a.id AS audit_id, a.reference AS audit_reference, f.response_due,
    c.id AS complaint_id, c.reference AS complaint_reference,
    (SELECT count(*) FROM actions x WHERE x.nonconformity_id = n.id) AS action_count,
    (SELECT count(*) FROM actions x WHERE x.nonconformity_id = n.id AND x.status IN ('realisee', 'abandonnee')) AS actions_finished,
    (SELECT e.planned_on FROM effectiveness_checks e WHERE e.nonconformity_id = n.id AND e.verdict IS NULL) AS check_planned_on,
    n.closed_on`;
const joins = `FROM nonconformities n
  LEFT JOIN processes p ON p.id = n.process_id
  LEFT JOIN findings f ON f.id = n.finding_id
  LEFT JOIN audits a ON a.id = f.audit_id
  LEFT JOIN complaints c ON c.nonconformity_id = n.id`;

/** Filters of the register: status, source, words of the reference or description (`wordsParam`), ids (`idsParam`); null keeps all. */
export type NonconformityFilter = { status: string | null; source: string | null; words: string | null; ids: string | null };

const filtered = `(@status IS NULL OR n.status = @status) AND (@source IS NULL OR n.source = @source)
  AND ${matchesWords("n.reference || ' ' || n.description")}
  AND ${inIds('n.id')}`;

/** A page of the register: open NCs only or all, after a cursor in (detection date, id) descending order. */
export type NonconformityPageFilter = NonconformityFilter & {
  openOnly: 0 | 1;
  afterDetected: string | null;
  afterId: number;
  limit: number;
};

export const createNonconformitiesRepository = (db: Database.Database) => {
  registerSearchFold(db);
  // Keyset paging: the next page starts before the last row's (detection date, id), whatever the page's depth.
  const page = db.prepare<NonconformityPageFilter, SummaryRow>(
    `SELECT ${summaryColumns} ${joins}
     WHERE ${filtered}
       AND (@openOnly = 0 OR n.status <> 'close')
       AND (@afterDetected IS NULL OR (n.detected_on, n.id) < (@afterDetected, @afterId))
     ORDER BY n.detected_on DESC, n.id DESC
     LIMIT @limit`,
  );
  const count = db.prepare<NonconformityFilter, { total: number; open: number }>(
    `SELECT count(*) AS total, count(*) FILTER (WHERE n.status <> 'close') AS open FROM nonconformities n
     WHERE ${filtered}`,
  );
  const list = db.prepare<NonconformityFilter, SummaryRow>(
    `SELECT ${summaryColumns} ${joins}
     WHERE ${filtered}
     ORDER BY n.detected_on DESC, n.id DESC`,
  );
  const selectOne = db.prepare<[number], NonconformityRow>(
    `SELECT ${summaryColumns}, n.detected_by, d.name AS detected_by_name, n.process_id,
       f.description AS finding_description, g.label AS finding_grade, f.status AS finding_status, a.type AS audit_type,
       s.id AS suggestion_id, s.reference AS suggestion_reference,
       n.correction_what, n.correction_by, cb.name AS correction_by_name, n.correction_on,
       n.analysis_method, n.analysis_text, n.analysed_by, ab.name AS analysed_by_name, n.analysed_on, n.revision
     ${joins}
     LEFT JOIN finding_grades g ON g.id = f.grade_id
     LEFT JOIN suggestions s ON s.nonconformity_id = n.id
     LEFT JOIN people d ON d.id = n.detected_by
     LEFT JOIN people cb ON cb.id = n.correction_by
     LEFT JOIN people ab ON ab.id = n.analysed_by
     WHERE n.id = ?`,
  );
  const insert = db.prepare(
    `INSERT INTO nonconformities (reference, source, finding_id, detected_on, detected_by, process_id, requirement_id, description, severity,
       status, created_at, updated_at)
     VALUES (@reference, @source, @findingId, @detectedOn, @detectedBy, @processId, @requirementId, @description, @severity, 'a_traiter', @at, @at)`,
  );
  const updateRegister = db.prepare(
    `UPDATE nonconformities SET detected_on = @detectedOn, detected_by = @detectedBy, process_id = @processId,
       requirement_id = @requirementId, description = @description, severity = @severity, revision = revision + 1, updated_at = @at
     WHERE id = @id`,
  );
  const updateCorrection = db.prepare(
    `UPDATE nonconformities SET correction_what = @what, correction_by = @by, correction_on = @on, revision = revision + 1, updated_at = @at
     WHERE id = @id`,
  );
  const updateAnalysis = db.prepare(
    `UPDATE nonconformities SET analysis_method = @method, analysis_text = @text, analysed_by = @analysedBy, analysed_on = @analysedOn,
       revision = revision + 1, updated_at = @at WHERE id = @id`,
  );
  const updateStatus = db.prepare<{ id: number; status: string; closedOn: string | null; at: string }>(
    `UPDATE nonconformities SET status = @status, closed_on = @closedOn, revision = revision + 1, updated_at = @at WHERE id = @id`,
  );
  const requirements = db.prepare<[number], { id: number; number: string; title: string }>(
    `SELECT r.id, r.number, r.title_fr AS title FROM nonconformity_requirements l JOIN requirements r ON r.id = l.requirement_id
     WHERE l.nonconformity_id = ? ORDER BY r.sort_key, r.id`,
  );
  const clearRequirements = db.prepare<[number]>('DELETE FROM nonconformity_requirements WHERE nonconformity_id = ?');
  const addRequirement = db.prepare<[number, number]>(
    'INSERT OR IGNORE INTO nonconformity_requirements (nonconformity_id, requirement_id) VALUES (?, ?)',
  );
  const selectByFinding = db.prepare<[number], { id: number; status: string; severity: string }>(
    'SELECT id, status, severity FROM nonconformities WHERE finding_id = ?',
  );
  const selectFinding = db.prepare<[number], { audit_id: number; status: FindingStatus }>(
    'SELECT audit_id, status FROM findings WHERE id = ?',
  );
  const liftFinding = db.prepare<[string, number]>(
    "UPDATE findings SET status = 'leve', revision = revision + 1, updated_at = ? WHERE id = ?",
  );
  const updateSeverity = db.prepare<[string, string, number]>(
    'UPDATE nonconformities SET severity = ?, updated_at = ?, revision = revision + 1 WHERE id = ?',
  );
  return {
    list: (filter: NonconformityFilter): NonconformitySummary[] => list.all(filter).map(toSummary),
    page: (filter: NonconformityPageFilter): NonconformitySummary[] => page.all(filter).map(toSummary),
    /** How many NCs match the filter, and how many of them are not closed. */
    count: (filter: NonconformityFilter): { total: number; open: number } => count.get(filter) ?? { total: 0, open: 0 },
    get: (id: number): NonconformityRow | undefined => selectOne.get(id),
    insert: (values: NewNonconformity, at: string): number => Number(insert.run({ ...values, at }).lastInsertRowid),
    updateRegister: (id: number, values: RegisterValues, at: string): void => {
      updateRegister.run({ id, ...values, at });
    },
    setCorrection: (id: number, values: CorrectionValues, at: string): void => {
      updateCorrection.run({ id, ...values, at });
    },
    setAnalysis: (id: number, values: AnalysisValues, at: string): void => {
      updateAnalysis.run({ id, ...values, at });
    },
    setStatus: (id: number, status: NonconformityStatus, closedOn: string | null, at: string): void => {
      updateStatus.run({ id, status, closedOn, at });
    },
    requirements: (id: number) => requirements.all(id),
    setRequirements: (id: number, requirementIds: readonly number[]): void => {
      clearRequirements.run(id);
      for (const requirementId of requirementIds) addRequirement.run(id, requirementId);
    },
    byFinding: (findingId: number) => selectByFinding.get(findingId),
    /** Marks the audit finding "levé" (its nonconformity closed); returns its audit and former status. */
    liftFinding: (findingId: number, at: string): { auditId: number; before: FindingStatus } | null => {
      const finding = selectFinding.get(findingId);
      if (!finding) return null;
      liftFinding.run(at, findingId);
      return { auditId: finding.audit_id, before: finding.status };
    },
    updateSeverity: (id: number, severity: string, at: string): void => {
      updateSeverity.run(severity, at, id);
    },
  };
};
