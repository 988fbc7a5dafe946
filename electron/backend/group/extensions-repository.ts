import type Database from 'better-sqlite3';
import type { ActionStatus } from '../../../shared/domain/actions';
import { extensionCode } from '../../../shared/domain/group-requests';
import type { Extension, GroupMember } from '../../../shared/schemas/group';

type ExtensionRow = {
  id: number;
  member_id: number;
  member_name: string;
  nc_reference: string;
  nc_description: string;
  decided_on: string;
};
type AnswerRow = {
  extension_id: number;
  member_id: number;
  concerned: number;
  action: string | null;
  answered_on: string;
  action_reference: string | null;
  action_status: ActionStatus | null;
  source_sha256: string | null;
  source_created_on: string | null;
};

/** An answer read in a member's snapshot: its action as the member's plan names it, and the snapshot. */
export type ReceivedAnswer = {
  extensionId: number;
  memberId: number;
  concerned: boolean;
  action: { reference: string; description: string; status: ActionStatus } | null;
  answeredOn: string;
  sha256: string;
};

/** Extensions of NCs to the group's other members and their answers (`group_extensions`, `group_extension_answers`). */
export const createExtensionsRepository = (db: Database.Database) => {
  const all = db.prepare<[], ExtensionRow>(
    `SELECT e.id, e.member_id, m.name AS member_name, e.nc_reference, e.nc_description, e.decided_on
     FROM group_extensions e JOIN group_members m ON m.id = e.member_id ORDER BY e.decided_on, e.id`,
  );
  const answers = db.prepare<[], AnswerRow>(
    `SELECT a.extension_id, a.member_id, a.concerned, a.action, a.answered_on, a.action_reference, a.action_status,
            a.source_sha256, s.created_on AS source_created_on
     FROM group_extension_answers a LEFT JOIN group_snapshots s ON s.sha256 = a.source_sha256`,
  );
  const byNc = db.prepare<[number, string], { id: number }>('SELECT id FROM group_extensions WHERE member_id = ? AND nc_reference = ?');
  const insert = db.prepare<[number, string, string, string, string, string]>(
    `INSERT INTO group_extensions (member_id, snapshot_sha256, nc_reference, nc_description, decided_on, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  // One statement for both sources: typed by the group (no snapshot, no action reference) or received.
  const upsertAnswer = db.prepare<[number, number, number, string | null, string, string, string | null, string | null, string | null]>(
    `INSERT INTO group_extension_answers
       (extension_id, member_id, concerned, action, answered_on, recorded_at, action_reference, action_status, source_sha256)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (extension_id, member_id) DO UPDATE SET concerned = excluded.concerned, action = excluded.action,
       answered_on = excluded.answered_on, recorded_at = excluded.recorded_at, action_reference = excluded.action_reference,
       action_status = excluded.action_status, source_sha256 = excluded.source_sha256`,
  );

  /** Every extension with a line per other member, in two statements whatever their number. */
  const list = (members: GroupMember[]): Extension[] => {
    const given = new Map(answers.all().map((row) => [`${row.extension_id}:${row.member_id}`, row]));
    return all.all().map((row) => ({
      id: row.id,
      memberId: row.member_id,
      memberName: row.member_name,
      code: extensionCode(row.id),
      ncReference: row.nc_reference,
      ncDescription: row.nc_description,
      decidedOn: row.decided_on,
      // A member who left keeps the answer it gave; one who left without answering is no longer asked.
      answers: members
        .filter((member) => member.id !== row.member_id && (member.removedOn === null || given.has(`${row.id}:${member.id}`)))
        .map((member) => {
          const answer = given.get(`${row.id}:${member.id}`);
          return {
            memberId: member.id,
            memberName: member.name,
            answer: answer
              ? {
                  concerned: answer.concerned === 1,
                  action: answer.action,
                  answeredOn: answer.answered_on,
                  actionReference: answer.action_reference,
                  actionStatus: answer.action_status,
                  receivedIn:
                    answer.source_sha256 !== null && answer.source_created_on !== null
                      ? { sha256: answer.source_sha256, createdOn: answer.source_created_on }
                      : null,
                }
              : null,
          };
        }),
    }));
  };

  return {
    list,
    existing: (memberId: number, ncReference: string): number | null => byNc.get(memberId, ncReference)?.id ?? null,
    insert: (
      extension: { memberId: number; sha256: string; reference: string; description: string; decidedOn: string },
      at: string,
    ): number =>
      Number(
        insert.run(extension.memberId, extension.sha256, extension.reference, extension.description, extension.decidedOn, at)
          .lastInsertRowid,
      ),
    answer: (
      answer: { extensionId: number; memberId: number; concerned: boolean; action: string | null; answeredOn: string },
      at: string,
    ): void => {
      upsertAnswer.run(
        answer.extensionId,
        answer.memberId,
        answer.concerned ? 1 : 0,
        answer.action,
        answer.answeredOn,
        at,
        null,
        null,
        null,
      );
    },
    /** An answer read in a member's snapshot replaces the one held (the service decided it wins). */
    receive: (answer: ReceivedAnswer, at: string): void => {
      upsertAnswer.run(
        answer.extensionId,
        answer.memberId,
        answer.concerned ? 1 : 0,
        answer.action?.description ?? null,
        answer.answeredOn,
        at,
        answer.action?.reference ?? null,
        answer.action?.status ?? null,
        answer.sha256,
      );
    },
  };
};
