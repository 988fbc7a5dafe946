import { createActionsRepository } from '../actions/repository';
import { createYearlySequences } from '../audits/sequences';
import type { ServiceContext } from '../context';
import { createHistoryRepository } from '../history/repository';
import { createPeopleRepository } from '../people/repository';
import { createProcessesRepository } from '../processes/repository';
import { createLoopRepository } from './loop-repository';
import { createNonconformitiesRepository } from './repository';

/** The repositories the improvement loop reads and writes through, bound to one file. */
export const createLoopRepositories = (ctx: ServiceContext) => {
  return {
    nonconformities: createNonconformitiesRepository(ctx.db),
    loop: createLoopRepository(ctx.db),
    actions: createActionsRepository(ctx.db),
    people: createPeopleRepository(ctx.db),
    processes: createProcessesRepository(ctx.db),
    sequences: createYearlySequences(ctx.db),
    history: createHistoryRepository(ctx.db, ctx.author),
    requirementExists: ctx.db.prepare<[number], number>('SELECT 1 FROM requirements WHERE id = ?').pluck(),
  };
};

export type LoopRepositories = ReturnType<typeof createLoopRepositories>;
