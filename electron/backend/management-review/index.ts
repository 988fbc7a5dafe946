import { createActionsService, type ActionsService } from '../actions/service';
import type { ServiceContext } from '../context';
import { createObjectivesService } from '../indicators/objectives-service';
import { createIndicatorsService } from '../indicators/service';
import { createLoopContext } from '../nonconformities/context';
import { createPeriodInputs } from './period';
import { createManagementReviewService } from './service';

/**
 * What the director looks at, for one open file: indicators, quality objectives and the management
 * review. Review decisions become actions through the action plan's own service, so they follow
 * its rules (owner, due date, references) and live in the one plan: the file's plan service is passed
 * in; readers that never decide (the pack) let it default to one of their own.
 */
export const createManagementReview = (ctx: ServiceContext, actions: ActionsService = createActionsService(createLoopContext(ctx))) => {
  const indicators = createIndicatorsService(ctx);
  const objectives = createObjectivesService(ctx, indicators);
  return {
    indicators,
    objectives,
    managementReviews: createManagementReviewService(ctx, indicators, objectives, actions),
    /** What the next review will see of the period it has not covered yet. */
    periodInputs: createPeriodInputs(ctx, indicators, objectives),
  };
};
