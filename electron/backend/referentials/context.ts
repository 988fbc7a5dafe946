import type { Referential, Requirement } from '../../../shared/schemas/referentials';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { createHistoryRepository } from '../history/repository';
import { createReferentialsRepository } from './repository';

/** The repository, history and lookups that referentials, their requirements and links share, bound to one file. */
export const createReferentialsContext = (ctx: ServiceContext) => {
  const repo = createReferentialsRepository(ctx.db);
  return {
    ...ctx,
    repo,
    history: createHistoryRepository(ctx.db, ctx.author),
    mustGetReferential: (id: number): Referential => {
      const referential = repo.get(id);
      if (!referential) throw notFound('Ce référentiel');
      return referential;
    },
    mustGetRequirement: (id: number): Requirement => {
      const requirement = repo.requirement(id);
      if (!requirement) throw notFound('Cette exigence');
      return requirement;
    },
  };
};

export type ReferentialsContext = ReturnType<typeof createReferentialsContext>;
