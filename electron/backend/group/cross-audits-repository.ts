import type Database from 'better-sqlite3';
import type { CrossAuditStatus } from '../../../shared/domain/cross-audits';

export type CrossAuditRow = {
  id: number;
  auditorMemberId: number;
  auditorMemberName: string;
  auditorName: string;
  auditeeMemberId: number;
  auditeeMemberName: string;
  plannedOn: string;
  scope: string;
  status: CrossAuditStatus;
  doneOn: string | null;
  conclusion: string | null;
  cancelledOn: string | null;
  cancelReason: string | null;
};

const SELECT = `
  SELECT c.id, c.auditor_member_id AS auditorMemberId, auditor.name AS auditorMemberName, c.auditor_name AS auditorName,
         c.auditee_member_id AS auditeeMemberId, auditee.name AS auditeeMemberName, c.planned_on AS plannedOn, c.scope, c.status,
         c.done_on AS doneOn, c.conclusion, c.cancelled_on AS cancelledOn, c.cancel_reason AS cancelReason
  FROM group_cross_audits c
  JOIN group_members auditor ON auditor.id = c.auditor_member_id
  JOIN group_members auditee ON auditee.id = c.auditee_member_id`;

export type NewCrossAudit = { auditorMemberId: number; auditorName: string; auditeeMemberId: number; plannedOn: string; scope: string };

/** The cross-audits members hold of one another (`group_cross_audits`). */
export const createCrossAuditsRepository = (db: Database.Database) => {
  const all = db.prepare<[], CrossAuditRow>(`${SELECT} ORDER BY c.planned_on, c.id`);
  const one = db.prepare<[number], CrossAuditRow>(`${SELECT} WHERE c.id = ?`);
  const insert = db.prepare(
    `INSERT INTO group_cross_audits (auditor_member_id, auditor_name, auditee_member_id, planned_on, scope, status, created_at, updated_at)
     VALUES (@auditorMemberId, @auditorName, @auditeeMemberId, @plannedOn, @scope, 'planifie', @at, @at)`,
  );
  const done = db.prepare<[string, string, string, number]>(
    "UPDATE group_cross_audits SET status = 'realise', done_on = ?, conclusion = ?, updated_at = ? WHERE id = ? AND status = 'planifie'",
  );
  const cancel = db.prepare<[string, string, string, number]>(
    "UPDATE group_cross_audits SET status = 'annule', cancelled_on = ?, cancel_reason = ?, updated_at = ? WHERE id = ? AND status = 'planifie'",
  );
  return {
    list: (): CrossAuditRow[] => all.all(),
    find: (id: number): CrossAuditRow | null => one.get(id) ?? null,
    insert: (audit: NewCrossAudit, at: string): number => Number(insert.run({ ...audit, at }).lastInsertRowid),
    done: (id: number, doneOn: string, conclusion: string, at: string): void => {
      done.run(doneOn, conclusion, at, id);
    },
    cancel: (id: number, cancelledOn: string, reason: string, at: string): void => {
      cancel.run(cancelledOn, reason, at, id);
    },
  };
};
