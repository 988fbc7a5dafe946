import type { z } from 'zod';
import { toCalendarDate } from '../../../shared/domain/dates';
import { isReviewLate } from '../../../shared/domain/register-life';
import type { FieldChange } from '../../../shared/schemas/history';
import type { Party, partyFieldsSchema, partyListQuerySchema, partyUpdateSchema } from '../../../shared/schemas/parties';
import type { ServiceContext } from '../context';
import { ServiceError, invalidField, notFound, raise } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import { createHistoryRepository } from '../history/repository';
import { registerLife } from '../issues/life';
import { likePattern } from '../issues/repository';
import { createLifeWrites } from '../issues/life-writes';
import { createNaturalLinks } from '../referentials/natural-links';
import { partiesCsv } from './csv';
import { createPartiesRepository, type StoredParty } from './repository';

type Fields = z.output<typeof partyFieldsSchema>;
type Query = z.output<typeof partyListQuerySchema>;

// Lists are stored as names joined in the history: an auditor reads what answered the party then.
const names = (items: readonly { name: string }[]): string | null =>
  items.length === 0 ? null : items.map((item) => item.name).join(', ');

const snapshot = (party: Party) => ({
  name: party.name,
  nature: party.nature,
  needs: party.needs,
  response: party.response,
  climate: party.climate,
  relevance: party.relevance,
  processes: names(party.processes),
  documents: names(party.documents),
  indicators: names(party.indicators),
  identifiedOn: party.identifiedOn,
  reviewDue: party.reviewDue,
});

/** Interested parties (§4.2): their needs and expectations, what in the system answers them, reviewed by a date. */
export const createPartiesService = (ctx: ServiceContext) => {
  const parties = createPartiesRepository(ctx.db);
  const history = createHistoryRepository(ctx.db, ctx.author);
  const links = createNaturalLinks(ctx);
  const today = () => toCalendarDate(ctx.now());
  const record = (entityId: number, action: string, changes: FieldChange[], at: string) =>
    history.append({ at, entity: 'party', entityId, action, changes });

  const withState = (party: StoredParty): Party => ({ ...party, reviewLate: isReviewLate(party, today()) });
  const mustGet = (id: number): Party => withState(parties.get(id) ?? raise(notFound('Cette partie intéressée')));
  const life = (party?: Party) => registerLife(today, party ? `La partie intéressée « ${party.name} »` : 'La partie intéressée');

  const current = (id: number, revision: number): Party => {
    const party = mustGet(id);
    if (party.revision !== revision) {
      throw new ServiceError('conflict', `La partie « ${party.name} » a été modifiée entre-temps. Rechargez la page, puis recommencez.`);
    }
    return party;
  };

  /** Every process, document and indicator named must be one of the file's: a missing one is refused on its field. */
  const checkAnswers = (fields: Fields, prefix: string): void => {
    const kinds = [
      ['processIds', parties.exists.process, 'Ce processus n’existe pas.'],
      ['documentIds', parties.exists.document, 'Ce document n’existe pas.'],
      ['indicatorIds', parties.exists.indicator, 'Cet indicateur n’existe pas.'],
    ] as const;
    for (const [field, exists, missing] of kinds) {
      fields[field].forEach((id, index) => {
        if (!exists(id)) throw invalidField(`${prefix}${field}.${index}`, missing);
      });
    }
  };

  const list = (query: Query): Party[] =>
    parties
      .list({
        nature: query.nature ?? null,
        relevance: query.relevance ?? null,
        processId: query.processId ?? null,
        includeRetired: query.includeRetired ? 1 : 0,
        lateOn: query.reviewLateOnly ? today() : null,
        pattern: likePattern(query.search),
      })
      .map(withState);

  return {
    list,
    get: mustGet,

    create: (fields: Fields): Party =>
      ctx.db
        .transaction(() => {
          life().identified(fields.identifiedOn, 'identifiedOn');
          checkAnswers(fields, '');
          const at = ctx.now().toISOString();
          const id = parties.insert(fields, at);
          parties.setAnswers(id, fields);
          record(id, 'create', creationFields(snapshot(mustGet(id))), at);
          links.linkNaturalClause('party', id, at);
          return mustGet(id);
        })
        .immediate(),

    update: (input: z.output<typeof partyUpdateSchema>): Party =>
      ctx.db
        .transaction(() => {
          const before = current(input.id, input.revision);
          life(before).editable(before);
          life(before).identified(input.fields.identifiedOn, 'fields.identifiedOn', before);
          checkAnswers(input.fields, 'fields.');
          const at = ctx.now().toISOString();
          parties.update(before.id, input.fields, at);
          parties.setAnswers(before.id, input.fields);
          const after = mustGet(before.id);
          const changes = diffFields(snapshot(before), snapshot(after));
          if (changes.length > 0) record(before.id, 'update', changes, at);
          return after;
        })
        .immediate(),

    ...createLifeWrites({ db: ctx.db, now: ctx.now, current, mustGet, life, repo: parties, record }),

    exportCsv: (query: Query) => partiesCsv(list(query), today()),
  };
};

export type PartiesService = ReturnType<typeof createPartiesService>;
