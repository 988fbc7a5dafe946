import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { FieldChange } from '../../../shared/schemas/history';
import type { registerRetireSchema, registerReviewSchema } from '../../../shared/schemas/register-life';
import type { RecordLife, registerLife } from './life';

type Registered = RecordLife & { id: number; reviewDue: string };

/** What a register gives to have its records reviewed and retired the same way as the others. */
type LifeDeps<R extends Registered> = {
  db: Database.Database;
  now: () => Date;
  /** The record at the revision the user saw (a stale edit refused). */
  current: (id: number, revision: number) => R;
  mustGet: (id: number) => R;
  life: (record: R) => ReturnType<typeof registerLife>;
  repo: {
    review: (id: number, reviewedOn: string, nextReviewDue: string, at: string) => void;
    retire: (id: number, retiredOn: string, reason: string, at: string) => void;
  };
  record: (entityId: number, action: string, changes: FieldChange[], at: string) => void;
  /** A register's own condition to leave it (a risk with an open action stays). */
  beforeRetire?: (record: R) => void;
};

/**
 * The review and the retirement of a context register's record (an issue, a party, a risk): dated by
 * the user, checked against the record's life, written with their history in one transaction.
 */
export const createLifeWrites = <R extends Registered>(deps: LifeDeps<R>) => ({
  /** Records a review (still relevant as written) and sets the next one. */
  review: (input: z.output<typeof registerReviewSchema>): R =>
    deps.db
      .transaction(() => {
        const before = deps.current(input.id, input.revision);
        deps.life(before).reviewed(before, input.fields);
        const at = deps.now().toISOString();
        deps.repo.review(before.id, input.fields.reviewedOn, input.fields.nextReviewDue, at);
        deps.record(
          before.id,
          'review',
          [
            { field: 'reviewedOn', before: before.lastReviewedOn, after: input.fields.reviewedOn },
            { field: 'reviewDue', before: before.reviewDue, after: input.fields.nextReviewDue },
            ...(input.fields.comment === null ? [] : [{ field: 'comment', before: null, after: input.fields.comment }]),
          ],
          at,
        );
        return deps.mustGet(before.id);
      })
      .immediate(),

  /** Takes the record out of the register (no longer relevant), on a day and for a reason; it stays readable. */
  retire: (input: z.output<typeof registerRetireSchema>): R =>
    deps.db
      .transaction(() => {
        const before = deps.current(input.id, input.revision);
        deps.life(before).retired(before, input.fields);
        deps.beforeRetire?.(before);
        const at = deps.now().toISOString();
        deps.repo.retire(before.id, input.fields.retiredOn, input.fields.reason, at);
        deps.record(
          before.id,
          'retire',
          [
            { field: 'status', before: before.status, after: 'retire' },
            { field: 'retiredOn', before: null, after: input.fields.retiredOn },
            { field: 'retireReason', before: null, after: input.fields.reason },
          ],
          at,
        );
        return deps.mustGet(before.id);
      })
      .immediate(),
});
