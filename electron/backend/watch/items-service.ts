import type { z } from 'zod';
import { outOfOrder, toCalendarDate } from '../../../shared/domain/dates';
import { watchDecisionLabels } from '../../../shared/labels/watch';
import type { FieldChange } from '../../../shared/schemas/history';
import type {
  WatchItem,
  watchDecideSchema,
  watchInformSchema,
  watchItemFieldsSchema,
  watchItemListQuerySchema,
  watchItemUpdateSchema,
} from '../../../shared/schemas/watch';
import type { ActionsService } from '../actions/service';
import type { ServiceContext } from '../context';
import { ServiceError, invalidField, notFound, raise } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import { createHistoryRepository } from '../history/repository';
import { notInFuture } from '../issues/life';
import { likePattern } from '../issues/repository';
import type { LoopContext } from '../nonconformities/context';
import { namedPerson } from '../people/lookup';
import { watchCsv } from './csv';
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
  const history = createHistoryRepository(ctx.db, ctx.author);
  const today = () => toCalendarDate(ctx.now());
  const record = (entityId: number, action: string, changes: FieldChange[], at: string) =>
    history.append({ at, entity: 'watch_item', entityId, action, changes });
  const build = (id: number): WatchItem | undefined => {
    const row = watch.item(id);
    return row && toItem(row, lc.repos.actions.forWatchItem(id).map(lc.withOverdue), watch.recipients(id));
  };
  const mustGet = (id: number): WatchItem => build(id) ?? raise(notFound('Cette information de veille'));

  const current = (id: number, revision: number): WatchItem => {
    const item = mustGet(id);
    if (item.revision !== revision) {
      throw new ServiceError('conflict', `${item.reference} a été modifiée entre-temps. Rechargez la page, puis recommencez.`);
    }
    return item;
  };

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

    /** The impact analysis and the decision, on a day; deciding to act needs an action of the plan (the first comes with it). */
    decide: (input: z.output<typeof watchDecideSchema>): WatchItem =>
      ctx.db
        .transaction(() => {
          const before = current(input.id, input.revision);
          const { fields, action } = input;
          notInFuture(fields.decidedOn, today(), 'fields.decidedOn', 'La date de la décision');
          if (fields.decidedOn < before.noticedOn) {
            throw invalidField(
              'fields.decidedOn',
              outOfOrder('La décision', fields.decidedOn, 'le relevé de l’information', before.noticedOn),
            );
          }
          const live = before.actions.filter((existing) => existing.status !== 'abandonnee');
          if (fields.decision === 'action' && live.length === 0 && action === null) {
            throw invalidField(
              'action',
              `Pour « ${watchDecisionLabels.fr.action.toLocaleLowerCase('fr-FR')} », décrivez au moins une action du plan : qui fait quoi, et pour quand.`,
            );
          }
          const at = ctx.now().toISOString();
          watch.decide(before.id, fields, at);
          record(
            before.id,
            'decision',
            diffFields(
              {
                analysis: before.analysis,
                impact: before.impact,
                decision: before.decision,
                decisionNote: before.decisionNote,
                decidedOn: before.decidedOn,
              },
              fields,
            ),
            at,
          );
          if (action !== null) {
            try {
              actions.create({ origin: { source: 'veille', watchItemId: before.id }, fields: { ...action, openedOn: fields.decidedOn } });
            } catch (error) {
              if (!(error instanceof ServiceError) || error.fields === undefined) throw error;
              const renamed = Object.fromEntries(
                Object.entries(error.fields).map(([path, message]) => [path.replace(/^fields\./, 'action.'), message]),
              );
              throw new ServiceError(error.code, error.message, renamed);
            }
          }
          return mustGet(before.id);
        })
        .immediate(),

    /** Who was told of the item, and when. */
    inform: (input: z.output<typeof watchInformSchema>): WatchItem =>
      ctx.db
        .transaction(() => {
          const before = current(input.id, input.revision);
          const { fields } = input;
          notInFuture(fields.informedOn, today(), 'fields.informedOn', 'La date de l’information');
          if (fields.informedOn < before.noticedOn) {
            throw invalidField('fields.informedOn', outOfOrder('L’information', fields.informedOn, 'le relevé', before.noticedOn));
          }
          const already = new Set(before.informed.map((person) => person.id));
          const names = fields.personIds.map(
            (personId, index) =>
              namedPerson(lc.repos.people, personId, `fields.personIds.${index}`, already.has(personId) ? personId : null) ?? '',
          );
          const at = ctx.now().toISOString();
          watch.inform(before.id, fields.informedOn, fields.personIds, fields.others, at);
          record(
            before.id,
            'inform',
            diffFields(
              {
                informedOn: before.informedOn,
                informed: before.informed.map((person) => person.name).join(', ') || null,
                informedOthers: before.informedOthers,
              },
              { informedOn: fields.informedOn, informed: names.join(', ') || null, informedOthers: fields.others },
            ),
            at,
          );
          return mustGet(before.id);
        })
        .immediate(),

    exportCsv: (query: Query) => watchCsv(list(query), today()),
  };
};
