import type Database from 'better-sqlite3';
import type { ActionStatus } from '../../../shared/domain/actions';
import type { DecisionKind, ReviewStatus } from '../../../shared/domain/management-review';

export type ReviewRow = {
  id: number;
  held_on: string;
  period_start: string;
  period_end: string;
  status: ReviewStatus;
  other_participants: string | null;
  context_changes: string | null;
  resources: string | null;
  risks_opportunities: string | null;
  external_providers: string | null;
  conclusion: string | null;
  inputs_snapshot: string | null;
  held_at: string | null;
  revision: number;
};

export type DecisionRow = {
  id: number;
  review_id: number;
  position: number;
  kind: DecisionKind;
  text: string;
  action_id: number | null;
  action_reference: string | null;
  action_owner: string | null;
  action_due: string | null;
  action_status: ActionStatus | null;
  action_opened_on: string | null;
  action_done_on: string | null;
  action_abandoned_on: string | null;
};

export type ParticipantRow = { review_id: number; id: number; name: string; job_title: string | null };

export type ReviewValues = {
  heldOn: string;
  periodStart: string;
  periodEnd: string;
  otherParticipants: string | null;
  contextChanges: string | null;
  resources: string | null;
  risksOpportunities: string | null;
  externalProviders: string | null;
  conclusion: string | null;
};

const reviewColumns = `id, held_on, period_start, period_end, status, other_participants, context_changes, resources, risks_opportunities,
  external_providers, conclusion, inputs_snapshot, held_at, revision`;

const decisionSelect = `SELECT d.id, d.review_id, d.position, d.kind, d.text, d.action_id, a.reference AS action_reference,
    p.name AS action_owner, a.due_date AS action_due, a.status AS action_status, a.opened_on AS action_opened_on,
    a.done_on AS action_done_on, a.abandoned_on AS action_abandoned_on
  FROM management_review_decisions d LEFT JOIN actions a ON a.id = d.action_id LEFT JOIN people p ON p.id = a.owner_id`;

export const createReviewsRepository = (db: Database.Database) => {
  const selectAll = db.prepare<[], ReviewRow>(`SELECT ${reviewColumns} FROM management_reviews ORDER BY held_on DESC, id DESC`);
  const selectOne = db.prepare<[number], ReviewRow>(`SELECT ${reviewColumns} FROM management_reviews WHERE id = ?`);
  const selectPrevious = db.prepare<{ heldOn: string; id: number }, ReviewRow>(
    `SELECT ${reviewColumns} FROM management_reviews WHERE held_on < @heldOn OR (held_on = @heldOn AND id < @id)
     ORDER BY held_on DESC, id DESC LIMIT 1`,
  );
  const insert = db.prepare(
    `INSERT INTO management_reviews (held_on, period_start, period_end, status, other_participants, context_changes, resources,
       risks_opportunities, external_providers, conclusion, created_at, updated_at)
     VALUES (@heldOn, @periodStart, @periodEnd, 'en_preparation', @otherParticipants, @contextChanges, @resources,
       @risksOpportunities, @externalProviders, @conclusion, @at, @at)`,
  );
  const update = db.prepare(
    `UPDATE management_reviews SET held_on = @heldOn, period_start = @periodStart, period_end = @periodEnd,
       other_participants = @otherParticipants, context_changes = @contextChanges, resources = @resources,
       risks_opportunities = @risksOpportunities, external_providers = @externalProviders, conclusion = @conclusion,
       revision = revision + 1, updated_at = @at
     WHERE id = @id`,
  );
  const hold = db.prepare<{ id: number; snapshot: string; at: string }>(
    `UPDATE management_reviews SET status = 'tenue', inputs_snapshot = @snapshot, held_at = @at, revision = revision + 1, updated_at = @at
     WHERE id = @id`,
  );
  const touch = db.prepare<[string, number]>('UPDATE management_reviews SET revision = revision + 1, updated_at = ? WHERE id = ?');
  const selectParticipants = db.prepare<[], ParticipantRow>(
    `SELECT r.review_id, p.id, p.name, p.job_title FROM management_review_participants r JOIN people p ON p.id = r.person_id
     ORDER BY p.name COLLATE NOCASE`,
  );
  const selectParticipantsOf = db.prepare<[number], ParticipantRow>(
    `SELECT r.review_id, p.id, p.name, p.job_title FROM management_review_participants r JOIN people p ON p.id = r.person_id
     WHERE r.review_id = ? ORDER BY p.name COLLATE NOCASE`,
  );
  const removeParticipants = db.prepare<[number]>('DELETE FROM management_review_participants WHERE review_id = ?');
  const addParticipant = db.prepare<[number, number]>('INSERT INTO management_review_participants (review_id, person_id) VALUES (?, ?)');
  const selectDecisions = db.prepare<[], DecisionRow>(`${decisionSelect} ORDER BY d.review_id, d.position`);
  const selectDecisionsOf = db.prepare<[number], DecisionRow>(`${decisionSelect} WHERE d.review_id = ? ORDER BY d.position`);
  const selectDecision = db.prepare<[number], DecisionRow>(`${decisionSelect} WHERE d.id = ?`);
  const nextPosition = db
    .prepare<[number], number>('SELECT coalesce(max(position), 0) + 1 FROM management_review_decisions WHERE review_id = ?')
    .pluck();
  const insertDecision = db.prepare<[number, number, string, string, string]>(
    'INSERT INTO management_review_decisions (review_id, position, kind, text, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const linkAction = db.prepare<[number, number]>('UPDATE management_review_decisions SET action_id = ? WHERE id = ?');
  const deleteDecision = db.prepare<[number]>('DELETE FROM management_review_decisions WHERE id = ?');

  const groupBy = <T extends { review_id: number }>(rows: readonly T[]): Map<number, T[]> => {
    const groups = new Map<number, T[]>();
    for (const row of rows) groups.set(row.review_id, [...(groups.get(row.review_id) ?? []), row]);
    return groups;
  };

  return {
    list: (): ReviewRow[] => selectAll.all(),
    get: (id: number): ReviewRow | undefined => selectOne.get(id),
    /** The review held before this one (by date, then by creation), if any. */
    previous: (heldOn: string, id: number): ReviewRow | undefined => selectPrevious.get({ heldOn, id }),
    insert: (values: ReviewValues, at: string): number => Number(insert.run({ ...values, at }).lastInsertRowid),
    update: (id: number, values: ReviewValues, at: string): void => {
      update.run({ ...values, id, at });
    },
    hold: (id: number, snapshot: string, at: string): void => {
      hold.run({ id, snapshot, at });
    },
    touch: (id: number, at: string): void => {
      touch.run(at, id);
    },
    allParticipants: (): Map<number, ParticipantRow[]> => groupBy(selectParticipants.all()),
    participants: (reviewId: number): ParticipantRow[] => selectParticipantsOf.all(reviewId),
    setParticipants: (reviewId: number, personIds: readonly number[]): void => {
      removeParticipants.run(reviewId);
      for (const personId of new Set(personIds)) addParticipant.run(reviewId, personId);
    },
    allDecisions: (): Map<number, DecisionRow[]> => groupBy(selectDecisions.all()),
    decisions: (reviewId: number): DecisionRow[] => selectDecisionsOf.all(reviewId),
    decision: (id: number): DecisionRow | undefined => selectDecision.get(id),
    addDecision: (reviewId: number, kind: DecisionKind, text: string, at: string): { id: number; position: number } => {
      const position = nextPosition.get(reviewId) ?? 1;
      return { id: Number(insertDecision.run(reviewId, position, kind, text, at).lastInsertRowid), position };
    },
    linkAction: (decisionId: number, actionId: number): void => {
      linkAction.run(actionId, decisionId);
    },
    removeDecision: (id: number): void => {
      deleteDecision.run(id);
    },
  };
};

export type ReviewsRepository = ReturnType<typeof createReviewsRepository>;
