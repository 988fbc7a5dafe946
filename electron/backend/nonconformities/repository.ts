import type Database from 'better-sqlite3';
import type { NonconformitySummary } from '../../../shared/schemas/nonconformities';

type SummaryRow = {
  id: number;
  reference: string;
  source: NonconformitySummary['source'];
  detected_on: string;
  description: string;
  severity: NonconformitySummary['severity'];
  status: NonconformitySummary['status'];
  process_name: string | null;
  finding_id: number | null;
  audit_id: number | null;
  audit_reference: string | null;
  response_due: string | null;
};

const toSummary = (row: SummaryRow): NonconformitySummary => ({
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

export const createNonconformitiesRepository = (db: Database.Database) => {
  const list = db.prepare<{ status: string | null }, SummaryRow>(
    `SELECT n.id, n.reference, n.source, n.detected_on, n.description, n.severity, n.status, p.name AS process_name,
       f.id AS finding_id, a.id AS audit_id, a.reference AS audit_reference, f.response_due
     FROM nonconformities n
     LEFT JOIN processes p ON p.id = n.process_id
     LEFT JOIN findings f ON f.id = n.finding_id
     LEFT JOIN audits a ON a.id = f.audit_id
     WHERE (@status IS NULL OR n.status = @status)
     ORDER BY n.detected_on DESC, n.id DESC`,
  );
  const insert = db.prepare(
    `INSERT INTO nonconformities (reference, source, finding_id, detected_on, detected_by, process_id, requirement_id, description, severity,
       status, created_at, updated_at)
     VALUES (@reference, @source, @findingId, @detectedOn, @detectedBy, @processId, @requirementId, @description, @severity, 'a_traiter', @at, @at)`,
  );
  const selectByFinding = db.prepare<[number], { id: number; status: string; severity: string }>(
    'SELECT id, status, severity FROM nonconformities WHERE finding_id = ?',
  );
  const updateSeverity = db.prepare<[string, string, number]>(
    'UPDATE nonconformities SET severity = ?, updated_at = ?, revision = revision + 1 WHERE id = ?',
  );
  return {
    list: (status: string | null): NonconformitySummary[] => list.all({ status }).map(toSummary),
    insert: (values: NewNonconformity, at: string): number => Number(insert.run({ ...values, at }).lastInsertRowid),
    byFinding: (findingId: number) => selectByFinding.get(findingId),
    updateSeverity: (id: number, severity: string, at: string): void => {
      updateSeverity.run(severity, at, id);
    },
  };
};
