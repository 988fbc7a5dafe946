import type { ChartKind } from '../../../../shared/domain/indicators';
import { currentPeriod } from '../../../../shared/domain/management-review';
import type { ReviewInputs } from '../../../../shared/schemas/management-review';
import { ServiceError } from '../../errors';
import { readingOnly } from '../../identity/author';
import { createManagementReview } from '../../management-review';
import { PackFailure } from '../failure';
import type { PackContext } from './types';

/** The period no review has covered yet, as the management review reads it (its inputs up to the pack's date). */
export type PackPeriod = {
  inputs: ReviewInputs;
  chartKinds: Map<number, ChartKind>;
  /** The last review held by the pack's date, whose period this one follows. */
  lastReview: { heldOn: string; periodEnd: string } | null;
};

const cache = new WeakMap<PackContext, PackPeriod>();

/**
 * Reads once per pack, through the management review's own reading, what the next review will see
 * of the current period: the performance section and the réclamations' satisfaction part share it.
 */
export const packPeriod = (ctx: PackContext): PackPeriod => {
  const known = cache.get(ctx);
  if (known) return known;
  const lastReview =
    ctx.db
      .prepare<[string], { heldOn: string; periodEnd: string }>(
        `SELECT held_on AS heldOn, period_end AS periodEnd FROM management_reviews
         WHERE status = 'tenue' AND held_on <= ? ORDER BY held_on DESC, id DESC LIMIT 1`,
      )
      .get(ctx.date) ?? null;
  const period = currentPeriod(lastReview?.periodEnd ?? null, ctx.date);
  const direction = createManagementReview({ db: ctx.db, author: readingOnly, now: () => new Date(`${ctx.date}T12:00:00Z`) });
  try {
    const data = {
      inputs: direction.periodInputs({ start: period.start, end: period.end, asOf: ctx.date }),
      chartKinds: new Map(direction.indicators.list(true).map((indicator) => [indicator.id, indicator.chartKind])),
      lastReview,
    };
    cache.set(ctx, data);
    return data;
  } catch (error) {
    if (error instanceof ServiceError) throw new PackFailure(error.code, error.message);
    throw error;
  }
};
