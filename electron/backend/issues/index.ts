import { createActionsService } from '../actions/service';
import type { ServiceContext } from '../context';
import { createLoopContext } from '../nonconformities/context';
import { createPartiesService } from '../parties/service';
import { createRisksService } from '../risks/service';
import { createWatch } from '../watch';
import { createIssuesService } from './service';

/**
 * The structure's context and planning for one open file: issues (§4.1), interested parties (§4.2),
 * risks and opportunities (§6.1) and the regulatory watch. Their actions go through the action
 * plan's own service, so they follow its rules and live in the one plan.
 */
export const createContextRegisters = (ctx: ServiceContext) => {
  const lc = createLoopContext(ctx);
  const actions = createActionsService(lc);
  return {
    issues: createIssuesService(ctx),
    parties: createPartiesService(ctx),
    risks: createRisksService(ctx, lc, actions),
    watch: createWatch(ctx, lc, actions),
  };
};
