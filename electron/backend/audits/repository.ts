import type Database from 'better-sqlite3';
import type { AuditStatus, AuditType } from '../../../shared/domain/audits';
import { createAuditReads } from './audit-reads';
import { createAuditTeamScope } from './audit-team-scope';

/** What the service stores for an audit; participants and scope are replaced as a whole. */
export type AuditValues = {
  certificationId: number | null;
  type: AuditType;
  title: string | null;
  startDate: string;
  endDate: string;
  reportNotifiedOn: string | null;
  status: AuditStatus;
  leadAuditorId: number | null;
  leadAuditorExternal: string | null;
  windowStart: string | null;
  windowEnd: string | null;
  cycleSlot: string | null;
  notes: string | null;
};
/** An internal audit's report fields (ISO 19011 §6.5). */
export type AuditReportValues = {
  objectives: string | null;
  criteria: string | null;
  conclusion: string | null;
  signedOffById: number | null;
  signedOffOn: string | null;
};
/** Audits: the audit's own row written here; reading it whole, its team and its scope composed in. */
export const createAuditsRepository = (db: Database.Database) => {
  const insert = db.prepare(
    `INSERT INTO audits (reference, certification_id, type, title, start_date, end_date, report_notified_on, status, lead_auditor_id,
       lead_auditor_external, window_start, window_end, cycle_slot, notes, created_at, updated_at)
     VALUES (@reference, @certificationId, @type, @title, @startDate, @endDate, @reportNotifiedOn, @status, @leadAuditorId,
       @leadAuditorExternal, @windowStart, @windowEnd, @cycleSlot, @notes, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE audits SET certification_id = @certificationId, type = @type, title = @title, start_date = @startDate, end_date = @endDate,
       report_notified_on = @reportNotifiedOn, status = @status, lead_auditor_id = @leadAuditorId, lead_auditor_external = @leadAuditorExternal, window_start = @windowStart,
       window_end = @windowEnd, cycle_slot = @cycleSlot, notes = @notes, revision = revision + 1, updated_at = @at
     WHERE id = @id`,
  );
  const updateReport = db.prepare(
    `UPDATE audits SET objectives = @objectives, criteria = @criteria, conclusion = @conclusion, signed_off_by = @signedOffById,
       signed_off_on = @signedOffOn, revision = revision + 1, updated_at = @at WHERE id = @id`,
  );
  const deleteAudit = db.prepare<[number]>('DELETE FROM audits WHERE id = ?');
  const updateStatus = db.prepare<[string, string, number]>(
    'UPDATE audits SET status = ?, revision = revision + 1, updated_at = ? WHERE id = ?',
  );
  const countFindings = db.prepare<[number], number>('SELECT count(*) FROM findings WHERE audit_id = ?').pluck();
  const selectForSlot = db
    .prepare<[number, string], number>("SELECT id FROM audits WHERE certification_id = ? AND cycle_slot = ? AND status <> 'annule'")
    .pluck();

  return {
    ...createAuditReads(db),
    insert: (reference: string, values: AuditValues, at: string): number =>
      Number(insert.run({ reference, ...values, at }).lastInsertRowid),
    update: (id: number, values: AuditValues, at: string): void => {
      update.run({ id, ...values, at });
    },
    updateReport: (id: number, values: AuditReportValues, at: string): void => {
      updateReport.run({ id, ...values, at });
    },
    ...createAuditTeamScope(db),
    setStatus: (id: number, status: AuditStatus, at: string): void => {
      updateStatus.run(status, at, id);
    },
    findingCount: (auditId: number): number => countFindings.get(auditId) ?? 0,
    /** The live audit planned for a cycle slot of a certification, if any. */
    forSlot: (certificationId: number, slot: string): number | undefined => selectForSlot.get(certificationId, slot),
    remove: (auditId: number): void => {
      deleteAudit.run(auditId);
    },
  };
};

export type AuditsRepository = ReturnType<typeof createAuditsRepository>;
