import type Database from 'better-sqlite3';
import { actionStatusOn, type ActionStatus } from '../../../shared/domain/actions';
import type { UnmatchedAnswerReason } from '../../../shared/domain/group-requests';
import type { UnmatchedAnswer } from '../../../shared/schemas/group-requests';
import { unmatchedAnswerReasonLabels } from '../../../shared/labels/group';

/** An unrecorded answer with its reason in French. */
export const explained = (answer: Omit<UnmatchedAnswer, 'explanation'>): UnmatchedAnswer => ({
  ...answer,
  explanation: unmatchedAnswerReasonLabels.fr[answer.reason],
});

/** An answer a member's snapshot carries: its request as the member recorded it, and its action as of the snapshot's day. */
export type CarriedAnswer = {
  code: string;
  ncReference: string;
  concerned: boolean;
  answeredOn: string;
  action: { reference: string; description: string; status: ActionStatus } | null;
};

type CarriedRow = {
  code: string;
  nc_reference: string;
  concerned: number;
  answered_on: string;
  reference: string | null;
  description: string | null;
  status: ActionStatus | null;
  opened_on: string | null;
  due_date: string | null;
  done_on: string | null;
  abandoned_on: string | null;
};

/** The answered requests in a snapshot (its read-only connection), each action's status by the plan's own rule on `asOf`. */
export const readCarriedAnswers = (snapshot: Database.Database, asOf: string): CarriedAnswer[] =>
  snapshot
    .prepare<[], CarriedRow>(
      `SELECT r.code, r.nc_reference, r.concerned, r.answered_on,
              a.reference, a.description, a.status, a.opened_on, a.due_date, a.done_on, a.abandoned_on
       FROM group_requests r LEFT JOIN actions a ON a.id = r.action_id
       WHERE r.concerned IS NOT NULL AND r.answered_on IS NOT NULL ORDER BY r.answered_on, r.id`,
    )
    .all()
    .map((row) => ({
      code: row.code,
      ncReference: row.nc_reference,
      concerned: row.concerned === 1,
      answeredOn: row.answered_on,
      action:
        row.reference !== null && row.description !== null && row.status !== null && row.opened_on !== null && row.due_date !== null
          ? {
              reference: row.reference,
              description: row.description,
              status: actionStatusOn(
                { status: row.status, openedOn: row.opened_on, dueDate: row.due_date, doneOn: row.done_on, abandonedOn: row.abandoned_on },
                asOf,
              ),
            }
          : null,
    }));

type UnmatchedRow = {
  member_id: number;
  member_name: string;
  code: string;
  nc_reference: string;
  answered_on: string;
  reason: UnmatchedAnswerReason;
};

/** Answers the group could not record (`group_unmatched_answers`), kept per snapshot. */
export const createUnmatchedAnswersRepository = (db: Database.Database) => {
  const insert = db.prepare<[string, number, string, string, string, UnmatchedAnswerReason]>(
    `INSERT INTO group_unmatched_answers (snapshot_sha256, member_id, code, nc_reference, answered_on, reason) VALUES (?, ?, ?, ?, ?, ?)`,
  );
  // Those of each current member's latest snapshot (the one still holding its bytes).
  const ofLatest = db.prepare<[], UnmatchedRow>(
    `SELECT u.member_id, m.name AS member_name, u.code, u.nc_reference, u.answered_on, u.reason
     FROM group_unmatched_answers u
     JOIN group_snapshots s ON s.sha256 = u.snapshot_sha256 AND s.data IS NOT NULL
     JOIN group_members m ON m.id = u.member_id AND m.removed_on IS NULL
     ORDER BY m.name COLLATE NOCASE, u.id`,
  );
  return {
    insert: (sha256: string, memberId: number, answer: CarriedAnswer, reason: UnmatchedAnswerReason): void => {
      insert.run(sha256, memberId, answer.code, answer.ncReference, answer.answeredOn, reason);
    },
    ofLatest: (): UnmatchedAnswer[] =>
      ofLatest.all().map((row) =>
        explained({
          memberId: row.member_id,
          memberName: row.member_name,
          code: row.code,
          ncReference: row.nc_reference,
          answeredOn: row.answered_on,
          reason: row.reason,
        }),
      ),
  };
};
