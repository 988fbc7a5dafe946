import type { ActionsService } from '../actions/service';
import { actionPlanCsv } from '../actions/csv';
import { createComplaintsService } from '../complaints/service';
import type { ServiceContext } from '../context';
import { createSuggestionsService } from '../suggestions/service';
import type { LoopContext } from './context';
import { createLoopService } from './loop-service';
import { createNonconformitiesService } from './service';

/**
 * The closed loop of §10 for one open file: nonconformities, the action plan, réclamations and fiches
 * d'amélioration. The plan's service is the file's one (`createServices` hands it to every domain that decides actions).
 */
export const createImprovementLoop = (ctx: ServiceContext, lc: LoopContext, actions: ActionsService) => {
  return {
    nonconformities: { ...createNonconformitiesService(lc), ...createLoopService(lc) },
    actions: { ...actions, exportCsv: (query: Parameters<typeof actions.list>[0]) => actionPlanCsv(actions.list(query), lc.today()) },
    complaints: createComplaintsService(ctx, lc),
    suggestions: createSuggestionsService(ctx, lc, actions),
  };
};
