import { createActionsService } from '../actions/service';
import type { ServiceContext } from '../context';
import { createObjectivesService } from '../indicators/objectives-service';
import { createIndicatorsService } from '../indicators/service';
import { createLoopContext } from '../nonconformities/context';
import { createPeriodInputs } from './period';
import { createManagementReviewService } from './service';

/**
 * What the director looks at, for one open file: indicators, quality objectives and the management
 * review. Review decisions become actions through the action plan's own service, so they follow
 * its rules (owner, due date, references) and live in the one plan.
 */
export const createManagementReview = (ctx: ServiceContext) => {
  const indicators = createIndicatorsService(ctx);
  const actions = createActionsService(createLoopContext(ctx));
  const objectives = createObjectivesService(ctx, indicators);
  return {
    indicators,
    objectives,
    managementReviews: createManagementReviewService(ctx, indicators, objectives, actions),
    /** What the next review will see of the period it has not covered yet. */
    periodInputs: createPeriodInputs(ctx, indicators, objectives),
  };
};
