import type { CalendarDate } from '../../../shared/domain/dates';
import type { ReviewInputs } from '../../../shared/schemas/management-review';
import type { ServiceContext } from '../context';
import type { ObjectivesService } from '../indicators/objectives-service';
import type { IndicatorsService } from '../indicators/service';
import { createSupportInputs } from './inputs-support';
import { readReviewInputs } from './inputs';
import { createReviewInputsRepository } from './inputs-repository';
import { decisionOf } from './mapping';
import { createReviewsRepository } from './repository';

/** The review id no review has: a period not reviewed yet has no decisions of its own to leave out. */
const NO_REVIEW = 0;

/**
 * The inputs of §9.3.2 for a period no review has covered yet (the current one, up to `asOf`), read
 * by the management review's own reading: the evidence pack's current performance shows the figures
 * the next review will see. The previous review is the last one held by `asOf`.
 */
export const createPeriodInputs =
  (ctx: ServiceContext, indicators: IndicatorsService, objectives: ObjectivesService) =>
  (period: { start: CalendarDate; end: CalendarDate; asOf: CalendarDate }): ReviewInputs => {
    const reviews = createReviewsRepository(ctx.db);
    const previous = reviews.list().find((row) => row.status === 'tenue' && row.held_on <= period.asOf);
    return readReviewInputs(
      ctx.db,
      createReviewInputsRepository(ctx.db),
      indicators,
      { ...period, reviewId: NO_REVIEW },
      previous === undefined
        ? null
        : {
            id: previous.id,
            heldOn: previous.held_on,
            decisions: reviews.decisions(previous.id).map((decision) => decisionOf(decision, period.asOf)),
          },
      objectives.list(),
      createSupportInputs(ctx.db),
    );
  };
