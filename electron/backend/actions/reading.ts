import type { z } from 'zod';
import type { Action, ActionPage, actionListQuerySchema, actionPageQuerySchema } from '../../../shared/schemas/actions';
import type { LoopContext } from '../nonconformities/context';
import type { ActionFilter } from './repository';

// A screen's worth of rows and more: the page a list asks for unless it says otherwise.
const DEFAULT_PAGE_SIZE = 200;

/** The plan as read: the whole list, or one page of it with its counts. */
export const createActionReading = (lc: LoopContext) => {
  const { repos } = lc;
  // Today read once per request: the overdue filter and every row's lateness agree.
  const filterOf = (query: z.output<typeof actionListQuerySchema>): ActionFilter => ({
    ownerId: query.ownerId ?? null,
    processId: query.processId ?? null,
    status: query.status ?? null,
    source: query.source ?? null,
    overdueAsOf: query.overdueOnly ? lc.today() : null,
  });

  return {
    list: (query: z.output<typeof actionListQuerySchema>): Action[] => repos.actions.list(filterOf(query)).map(lc.withOverdue),

    /** One page of the plan (open actions by default), its counts and where the next page starts. */
    page: (query: z.output<typeof actionPageQuerySchema>): ActionPage => {
      const filter = filterOf(query);
      const limit = query.limit ?? DEFAULT_PAGE_SIZE;
      const openOnly = (query.scope ?? 'open') === 'open';
      // One row more than the page tells whether another page follows.
      const rows = repos.actions.page({
        ...filter,
        openOnly: openOnly ? 1 : 0,
        afterDue: query.after?.dueDate ?? null,
        afterId: query.after?.id ?? 0,
        limit: limit + 1,
      });
      const items = rows.slice(0, limit).map(lc.withOverdue);
      const last = items.at(-1);
      const counts = repos.actions.count(filter);
      return {
        items,
        total: openOnly ? counts.open : counts.total,
        openTotal: counts.open,
        next: rows.length > limit && last ? { dueDate: last.dueDate, id: last.id } : null,
      };
    },
  };
};
