import type Database from 'better-sqlite3';
import type { AuditStatus, AuditType } from '../../../shared/domain/audits';
import type { CertificationStatus } from '../../../shared/domain/certification';

export type GroupCertificationRow = {
  id: number;
  scheme: string;
  certificateNumber: string | null;
  status: CertificationStatus;
  decisionDate: string | null;
  expiryDate: string | null;
};

export type CycleAuditRow = {
  id: number;
  reference: string;
  certificationId: number | null;
  type: AuditType;
  startDate: string;
  endDate: string;
  status: AuditStatus;
};

const AUDIT = `SELECT id, reference, certification_id AS certificationId, type, start_date AS startDate, end_date AS endDate, status
  FROM audits`;

/** The group certifications of the file, the audits of one, and the members each audit samples (`group_audit_samples`). */
export const createSamplingRepository = (db: Database.Database) => {
  const certifications = db.prepare<[], GroupCertificationRow>(
    `SELECT id, scheme, certificate_number AS certificateNumber, status, decision_date AS decisionDate, expiry_date AS expiryDate
     FROM certifications WHERE is_group = 1 ORDER BY id`,
  );
  const auditsOf = db.prepare<[number], CycleAuditRow>(`${AUDIT} WHERE certification_id = ? ORDER BY start_date, id`);
  const audit = db.prepare<[number], CycleAuditRow>(`${AUDIT} WHERE id = ?`);
  const samples = db.prepare<[], { audit_id: number; member_id: number }>(
    'SELECT audit_id, member_id FROM group_audit_samples ORDER BY audit_id, member_id',
  );
  const clear = db.prepare<[number]>('DELETE FROM group_audit_samples WHERE audit_id = ?');
  const insert = db.prepare<[number, number, string]>(
    'INSERT INTO group_audit_samples (audit_id, member_id, recorded_at) VALUES (?, ?, ?)',
  );
  return {
    groupCertifications: (): GroupCertificationRow[] => certifications.all(),
    auditsOf: (certificationId: number): CycleAuditRow[] => auditsOf.all(certificationId),
    audit: (id: number): CycleAuditRow | null => audit.get(id) ?? null,
    /** Every audit's sampled members, in one statement. */
    samples: (): Map<number, number[]> => {
      const byAudit = new Map<number, number[]>();
      for (const row of samples.all()) byAudit.set(row.audit_id, [...(byAudit.get(row.audit_id) ?? []), row.member_id]);
      return byAudit;
    },
    /** Replaces an audit's sampled members; call inside the transaction. */
    replace: (auditId: number, memberIds: readonly number[], at: string): void => {
      clear.run(auditId);
      for (const memberId of memberIds) insert.run(auditId, memberId, at);
    },
  };
};
