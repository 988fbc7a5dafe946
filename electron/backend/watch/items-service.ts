import type { z } from 'zod';
import { outOfOrder } from '../../../shared/domain/dates';
import type { WatchItem, watchItemFieldsSchema, watchItemListQuerySchema, watchItemUpdateSchema } from '../../../shared/schemas/watch';
import type { ActionsService } from '../actions/service';
import type { ServiceContext } from '../context';
import { invalidField, raise } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import { notInFuture } from '../issues/life';
import { likePattern } from '../issues/repository';
import type { LoopContext } from '../nonconformities/context';
import { watchCsv } from './csv';
import { createWatchItemContext } from './item-context';
import { createWatchDecisions } from './item-decisions';
import { toItem } from './mapping';
import type { WatchRepository } from './repository';
import type { WatchSourcesService } from './sources-service';

type Fields = z.output<typeof watchItemFieldsSchema>;
type Query = z.output<typeof watchItemListQuerySchema>;

const snapshot = (item: WatchItem) => ({
  source: item.sourceName,
  noticedOn: item.noticedOn,
  title: item.title,
  summary: item.summary,
  url: item.url,
  domain: item.domain,
  process: item.processName,
});

/** Items of the watch: noticed, analysed, decided (with actions of the plan when needed), told to the people concerned. */
export const createWatchItemsService = (
  ctx: ServiceContext,
  lc: LoopContext,
  watch: WatchRepository,
  sources: WatchSourcesService,
  actions: ActionsService,
) => {
  const wc = createWatchItemContext(ctx, lc, watch);
  const { mustGet, current, record, today } = wc;

  /** The source and process named exist; the item is noticed not in the future, and before what followed it. */
  const checked = (fields: Fields, prefix: string, before?: WatchItem) => {
    if (fields.sourceId !== null) {
      const source = watch.source(fields.sourceId) ?? raise(invalidField(`${prefix}sourceId`, 'Cette source de veille n’existe pas.'));
      if (source.active !== 1 && fields.sourceId !== before?.sourceId) {
        throw invalidField(`${prefix}sourceId`, `La source « ${source.name} » n’est plus suivie : choisissez une source suivie.`);
      }
    }
    if (fields.processId !== null && !lc.repos.processes.get(fields.processId)) {
      throw invalidField(`${prefix}processId`, 'Ce processus n’existe pas.');
    }
    if (fields.noticedOn !== before?.noticedOn) notInFuture(fields.noticedOn, today(), `${prefix}noticedOn`, 'La date du relevé');
    for (const later of [
      { what: 'La décision', date: before?.decidedOn ?? null },
      { what: 'L’information des personnes concernées', date: before?.informedOn ?? null },
    ]) {
      if (later.date !== null && later.date < fields.noticedOn) {
        throw invalidField(`${prefix}noticedOn`, outOfOrder(later.what, later.date, 'le relevé', fields.noticedOn));
      }
    }
  };

  /** Noticing an item at a source counts as consulting it that day, if that is its latest consultation. */
  const consultSource = (sourceId: number | null, noticedOn: string, at: string): void => {
    if (sourceId === null) return;
    const source = sources.get(sourceId);
    if (!source.active || noticedOn < source.followedSince) return;
    if (source.lastConsultedOn === null || noticedOn > source.lastConsultedOn) sources.consult(source, noticedOn, at);
  };

  const list = (query: Query): WatchItem[] =>
    watch
      .items({ sourceId: query.sourceId ?? null, domain: query.domain ?? null, pattern: likePattern(query.search) })
      .map((row) => toItem(row, lc.repos.actions.forWatchItem(row.id).map(lc.withOverdue), watch.recipients(row.id)))
      .filter((item) => query.state === undefined || item.state === query.state);

  return {
    list,
    get: mustGet,

    create: (fields: Fields): WatchItem =>
      ctx.db
        .transaction(() => {
          checked(fields, '');
          const at = ctx.now().toISOString();
          const reference = lc.repos.sequences.watchItemReference(Number(fields.noticedOn.slice(0, 4)));
          const id = watch.insertItem(reference, fields, at);
          record(id, 'create', creationFields({ reference, ...snapshot(mustGet(id)) }), at);
          consultSource(fields.sourceId, fields.noticedOn, at);
          return mustGet(id);
        })
        .immediate(),

    update: (input: z.output<typeof watchItemUpdateSchema>): WatchItem =>
      ctx.db
        .transaction(() => {
          const before = current(input.id, input.revision);
          checked(input.fields, 'fields.', before);
          const at = ctx.now().toISOString();
          watch.updateItem(before.id, input.fields, at);
          const after = mustGet(before.id);
          const changes = diffFields(snapshot(before), snapshot(after));
          if (changes.length > 0) record(before.id, 'update', changes, at);
          return after;
        })
        .immediate(),

    ...createWatchDecisions(wc, actions),

    exportCsv: (query: Query) => watchCsv(list(query), today()),
  };
};
