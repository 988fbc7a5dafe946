import type Database from 'better-sqlite3';

export type Participant = { role: 'auditeur' | 'audite'; personId: number | null; externalName: string | null };

/** An audit's team and audited people (audit_participants) and its scope (audit_scope), each replaced as a whole. */
export const createAuditTeamScope = (db: Database.Database) => {
  const deleteParticipants = db.prepare<[number]>('DELETE FROM audit_participants WHERE audit_id = ?');
  const insertParticipant = db.prepare<[number, string, number | null, string | null]>(
    'INSERT INTO audit_participants (audit_id, role, person_id, external_name) VALUES (?, ?, ?, ?)',
  );
  const deleteScope = db.prepare<[number]>('DELETE FROM audit_scope WHERE audit_id = ?');
  const insertScope = db.prepare<[number, number | null, number | null]>(
    'INSERT INTO audit_scope (audit_id, process_id, requirement_id) VALUES (?, ?, ?)',
  );

  return {
    /** Replaces the team and the audited people. */
    setParticipants: (auditId: number, participants: Participant[]): void => {
      deleteParticipants.run(auditId);
      for (const p of participants) insertParticipant.run(auditId, p.role, p.personId, p.externalName);
    },
    setScope: (auditId: number, processIds: number[], requirementIds: number[]): void => {
      deleteScope.run(auditId);
      for (const id of new Set(processIds)) insertScope.run(auditId, id, null);
      for (const id of new Set(requirementIds)) insertScope.run(auditId, null, id);
    },
  };
};
