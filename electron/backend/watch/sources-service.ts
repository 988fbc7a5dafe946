import type { z } from 'zod';
import { outOfOrder, toCalendarDate } from '../../../shared/domain/dates';
import { nextConsultationDue } from '../../../shared/domain/watch';
import type { FieldChange } from '../../../shared/schemas/history';
import type {
  WatchSource,
  watchConsultedSchema,
  watchSourceFieldsSchema,
  watchSourceListQuerySchema,
  watchSourceUpdateSchema,
} from '../../../shared/schemas/watch';
import type { ServiceContext } from '../context';
import { ServiceError, invalidField, notFound, raise } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import { createHistoryRepository } from '../history/repository';
import { notInFuture } from '../issues/life';
import { namedPerson } from '../people/lookup';
import { createPeopleRepository } from '../people/repository';
import { watchSourcesCsv } from './csv';
import { toSource } from './mapping';
import type { WatchRepository } from './repository';

type Fields = z.output<typeof watchSourceFieldsSchema>;

const snapshot = (source: WatchSource) => ({
  name: source.name,
  domain: source.domain,
  url: source.url,
  frequency: source.frequency,
  owner: source.ownerName,
  followedSince: source.followedSince,
  notes: source.notes,
  active: source.active,
});

/** The sources the structure follows, each at its pace: consulting one sets the next due date. */
export const createWatchSourcesService = (ctx: ServiceContext, watch: WatchRepository) => {
  const people = createPeopleRepository(ctx.db);
  const history = createHistoryRepository(ctx.db, ctx.author);
  const today = () => toCalendarDate(ctx.now());
  const record = (entityId: number, action: string, changes: FieldChange[], at: string) =>
    history.append({ at, entity: 'watch_source', entityId, action, changes });
  const mustGet = (id: number): WatchSource => toSource(watch.source(id) ?? raise(notFound('Cette source de veille')), today());

  const list = (query: z.output<typeof watchSourceListQuerySchema>): WatchSource[] =>
    watch.sources(query.includeInactive ?? false).map((row) => toSource(row, today()));

  const current = (id: number, revision: number): WatchSource => {
    const source = mustGet(id);
    if (source.revision !== revision) {
      throw new ServiceError('conflict', `La source « ${source.name} » a été modifiée entre-temps. Rechargez la page, puis recommencez.`);
    }
    return source;
  };

  const checked = (fields: Fields, prefix: string, before?: WatchSource) => {
    namedPerson(people, fields.ownerId, `${prefix}ownerId`, before?.ownerId ?? null);
    if (fields.followedSince !== before?.followedSince)
      notInFuture(fields.followedSince, today(), `${prefix}followedSince`, 'Le début du suivi');
    const last = before?.lastConsultedOn ?? null;
    if (last !== null && last < fields.followedSince) {
      throw invalidField(`${prefix}followedSince`, outOfOrder('La dernière consultation', last, 'le début du suivi', fields.followedSince));
    }
    return {
      ...fields,
      nextConsultationDue: nextConsultationDue({ followedSince: fields.followedSince, lastConsultedOn: last }, fields.frequency),
    };
  };

  /** Records a consultation (on its own, or because an item was noticed there): the next one is due a pace later. */
  const consult = (source: WatchSource, on: string, at: string): void => {
    const due = nextConsultationDue({ followedSince: source.followedSince, lastConsultedOn: on }, source.frequency);
    watch.consulted(source.id, on, due, at);
    record(
      source.id,
      'consulted',
      [
        { field: 'lastConsultedOn', before: source.lastConsultedOn, after: on },
        { field: 'nextConsultationDue', before: source.nextConsultationDue, after: due },
      ],
      at,
    );
  };

  return {
    consult,
    get: mustGet,
    list,
    exportCsv: (query: z.output<typeof watchSourceListQuerySchema>) => watchSourcesCsv(list(query), today()),

    create: (fields: Fields): WatchSource =>
      ctx.db
        .transaction(() => {
          const values = checked(fields, '');
          const at = ctx.now().toISOString();
          const id = watch.insertSource(values, at);
          record(id, 'create', creationFields(snapshot(mustGet(id))), at);
          return mustGet(id);
        })
        .immediate(),

    update: (input: z.output<typeof watchSourceUpdateSchema>): WatchSource =>
      ctx.db
        .transaction(() => {
          const before = current(input.id, input.revision);
          const values = checked(input.fields, 'fields.', before);
          const at = ctx.now().toISOString();
          watch.updateSource(before.id, values, at);
          const after = mustGet(before.id);
          const changes = diffFields(snapshot(before), snapshot(after));
          if (changes.length > 0) record(before.id, 'update', changes, at);
          return after;
        })
        .immediate(),

    /** "Consultée le …", when nothing new was found there. */
    consulted: (input: z.output<typeof watchConsultedSchema>): WatchSource =>
      ctx.db
        .transaction(() => {
          const before = current(input.id, input.revision);
          if (!before.active)
            throw new ServiceError('conflict', `La source « ${before.name} » n’est plus suivie : reprenez son suivi d’abord.`);
          notInFuture(input.consultedOn, today(), 'consultedOn', 'La date de consultation');
          if (input.consultedOn < before.followedSince) {
            throw invalidField('consultedOn', outOfOrder('La consultation', input.consultedOn, 'le début du suivi', before.followedSince));
          }
          if (before.lastConsultedOn !== null && input.consultedOn < before.lastConsultedOn) {
            throw invalidField(
              'consultedOn',
              outOfOrder('La consultation', input.consultedOn, 'la consultation précédente', before.lastConsultedOn),
            );
          }
          consult(before, input.consultedOn, ctx.now().toISOString());
          return mustGet(before.id);
        })
        .immediate(),
  };
};

export type WatchSourcesService = ReturnType<typeof createWatchSourcesService>;
