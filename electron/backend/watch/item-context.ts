import { outOfOrder, toCalendarDate } from '../../../shared/domain/dates';
import type { FieldChange } from '../../../shared/schemas/history';
import type { WatchItem } from '../../../shared/schemas/watch';
import type { ServiceContext } from '../context';
import { ServiceError, invalidField, notFound, raise } from '../errors';
import { createHistoryRepository } from '../history/repository';
import type { LoopContext } from '../nonconformities/context';
import { toItem } from './mapping';
import type { WatchRepository } from './repository';

/** What the watch items' writes share, bound to one file: an item read whole with its actions and recipients, its history, today. */
export const createWatchItemContext = (ctx: ServiceContext, lc: LoopContext, watch: WatchRepository) => {
  const history = createHistoryRepository(ctx.db, ctx.author);
  const build = (id: number): WatchItem | undefined => {
    const row = watch.item(id);
    return row && toItem(row, lc.repos.actions.forWatchItem(id).map(lc.withOverdue), watch.recipients(id));
  };
  const mustGet = (id: number): WatchItem => build(id) ?? raise(notFound('Cette information de veille'));
  return {
    ...ctx,
    lc,
    watch,
    mustGet,
    today: () => toCalendarDate(ctx.now()),
    record: (entityId: number, action: string, changes: FieldChange[], at: string) =>
      history.append({ at, entity: 'watch_item', entityId, action, changes }),

    /** The item at the revision the user saw; a stale edit is refused. */
    current: (id: number, revision: number): WatchItem => {
      const item = mustGet(id);
      if (item.revision !== revision) {
        throw new ServiceError('conflict', `${item.reference} a été modifiée entre-temps. Rechargez la page, puis recommencez.`);
      }
      return item;
    },

    /** What follows the item's noticing (its decision, the people told) comes after it. */
    afterNoticed: (item: WatchItem, date: string, field: string, what: string): void => {
      if (date < item.noticedOn) throw invalidField(field, outOfOrder(what, date, 'le relevé de l’information', item.noticedOn));
    },
  };
};

export type WatchItemContext = ReturnType<typeof createWatchItemContext>;
