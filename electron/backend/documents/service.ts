import type { z } from 'zod';
import { formatReference, referencePrefix } from '../../../shared/domain/documents';
import { toCalendarDate } from '../../../shared/domain/dates';
import { nextReviewDue } from '../../../shared/domain/review';
import type {
  QualityDocument,
  documentCreateSchema,
  documentListQuerySchema,
  documentUpdateSchema,
} from '../../../shared/schemas/documents';
import type { ServiceContext } from '../context';
import { ServiceError, invalidField, notFound } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import { createHistoryRepository } from '../history/repository';
import { createPeopleRepository } from '../people/repository';
import { createProcessesRepository } from '../processes/repository';
import { createDocumentsRepository, type DocumentValues } from './repository';
import { toFtsQuery } from './search';

type DocumentFields = z.output<typeof documentCreateSchema>;

export const createDocumentsService = (ctx: ServiceContext) => {
  const documents = createDocumentsRepository(ctx.db);
  const processes = createProcessesRepository(ctx.db);
  const people = createPeopleRepository(ctx.db);
  const history = createHistoryRepository(ctx.db);

  const mustGet = (id: number): QualityDocument => {
    const document = documents.get(id);
    if (!document) throw notFound('Ce document');
    return document;
  };

  /** Checks the links, derives the next review date with the shared rule, and names the links. */
  const resolve = (fields: DocumentFields): { values: DocumentValues; processName: string | null; ownerName: string | null } => {
    const process = fields.processId === null ? null : processes.get(fields.processId);
    if (process === undefined) throw invalidField('processId', 'Ce processus n’existe pas.');
    const owner = fields.ownerId === null ? null : people.get(fields.ownerId);
    if (owner === undefined) throw invalidField('ownerId', 'Cette personne n’existe pas dans l’annuaire.');
    return {
      values: { ...fields, nextReviewDue: nextReviewDue(fields.lastReviewDate, fields.reviewPeriodMonths) },
      processName: process?.name ?? null,
      ownerName: owner?.name ?? null,
    };
  };

  /** What history keeps of a document: links by name, as they read at the time. */
  const snapshot = (document: Omit<QualityDocument, 'id' | 'reference' | 'revision' | 'createdAt' | 'updatedAt'>) => ({
    title: document.title,
    type: document.type,
    status: document.status,
    process: document.processName,
    owner: document.ownerName,
    reviewPeriodMonths: document.reviewPeriodMonths,
    lastReviewDate: document.lastReviewDate,
  });

  return {
    /** The register, filtered; `overdueOnly` keeps documents in force past their review date. */
    list: (query: z.output<typeof documentListQuerySchema>): QualityDocument[] =>
      documents.list({
        status: query.status ?? null,
        processId: query.processId ?? null,
        ownerId: query.ownerId ?? null,
        overdueBefore: query.overdueOnly ? toCalendarDate(ctx.now()) : null,
        search: toFtsQuery(query.search),
      }),

    get: mustGet,

    /** Registers a document and gives it the next reference for its type (`PR-001`…). */
    create: (fields: DocumentFields): QualityDocument =>
      ctx.db
        .transaction(() => {
          const { values } = resolve(fields);
          const reference = formatReference(fields.type, documents.nextSequence(referencePrefix[fields.type]));
          const when = ctx.now().toISOString();
          const id = documents.insert(reference, values, when);
          const created = mustGet(id);
          history.append({
            at: when,
            actor: ctx.actor,
            entity: 'document',
            entityId: id,
            action: 'create',
            changes: creationFields({ reference, ...snapshot(created) }),
          });
          return created;
        })
        .immediate(),

    /** Saves an edit made on `revision`; refuses it if someone saved in between. */
    update: (input: z.output<typeof documentUpdateSchema>): QualityDocument =>
      ctx.db
        .transaction(() => {
          const current = mustGet(input.id);
          if (current.revision !== input.revision) {
            throw new ServiceError(
              'conflict',
              'Ce document a été modifié entre-temps (dans une autre fenêtre). Rechargez-le, puis refaites vos changements.',
            );
          }
          const { values, processName, ownerName } = resolve(input.fields);
          const changes = diffFields(snapshot(current), snapshot({ ...values, processName, ownerName }));
          const sameLinks = current.processId === values.processId && current.ownerId === values.ownerId;
          if (changes.length === 0 && sameLinks) return current;
          const when = ctx.now().toISOString();
          documents.update(input.id, values, when);
          const updated = mustGet(input.id);
          history.append({ at: when, actor: ctx.actor, entity: 'document', entityId: input.id, action: 'update', changes });
          return updated;
        })
        .immediate(),
  };
};
