import type { ActionsService } from '../actions/service';
import type { ServiceContext } from '../context';
import type { LoopContext } from '../nonconformities/context';
import { createWatchItemsService } from './items-service';
import { createWatchRepository } from './repository';
import { createWatchSourcesService } from './sources-service';

/** The regulatory and sector watch for one open file: its sources and the items noticed there. */
export const createWatch = (ctx: ServiceContext, lc: LoopContext, actions: ActionsService) => {
  const repository = createWatchRepository(ctx.db);
  const sources = createWatchSourcesService(ctx, repository);
  return { sources, items: createWatchItemsService(ctx, lc, repository, sources, actions) };
};
