import type { z } from 'zod';
import type { Action, ActionPage, actionListQuerySchema, actionPageQuerySchema } from '../../../shared/schemas/actions';
import { keysetPage } from '../paging';
import { idsParam, wordsParam } from '../search/fold';
import type { LoopContext } from '../nonconformities/context';
import type { ActionFilter } from './repository';

/** The plan as read: the whole list, or one page of it with its counts. */
export const createActionReading = (lc: LoopContext) => {
  const { repos } = lc;
  // Today read once per request: the overdue filter and every row's lateness agree.
  const filterOf = (query: z.output<typeof actionListQuerySchema> & { search?: string; ids?: number[] }): ActionFilter => ({
    ownerId: query.ownerId ?? null,
    processId: query.processId ?? null,
    status: query.status ?? null,
    source: query.source ?? null,
    overdueAsOf: query.overdueOnly ? lc.today() : null,
    words: wordsParam(query.search),
    ids: idsParam(query.ids),
  });

  return {
    list: (query: z.output<typeof actionListQuerySchema>): Action[] => repos.actions.list(filterOf(query)).map(lc.withOverdue),

    /** One page of the plan (open actions by default), its counts and where the next page starts. */
    page: (query: z.output<typeof actionPageQuerySchema>): ActionPage => {
      const filter = filterOf(query);
      const page = keysetPage(
        query,
        (read) => repos.actions.page({ ...filter, ...read, afterDue: query.after?.dueDate ?? null, afterId: query.after?.id ?? 0 }),
        () => repos.actions.count(filter),
        (action) => ({ dueDate: action.dueDate, id: action.id }),
      );
      return { ...page, items: page.items.map(lc.withOverdue) };
    },
  };
};
