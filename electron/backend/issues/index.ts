import type { ActionsService } from '../actions/service';
import type { ServiceContext } from '../context';
import type { LoopContext } from '../nonconformities/context';
import { createPartiesService } from '../parties/service';
import { createRisksService } from '../risks/service';
import { createWatch } from '../watch';
import { createIssuesService } from './service';

/**
 * The structure's context and planning for one open file: issues (§4.1), interested parties (§4.2),
 * risks and opportunities (§6.1) and the regulatory watch. Their actions go through the file's one
 * action plan service, so they follow its rules and live in the one plan.
 */
export const createContextRegisters = (ctx: ServiceContext, lc: LoopContext, actions: ActionsService) => {
  return {
    issues: createIssuesService(ctx),
    parties: createPartiesService(ctx),
    risks: createRisksService(ctx, lc, actions),
    watch: createWatch(ctx, lc, actions),
  };
};
