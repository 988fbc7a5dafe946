import type { z } from 'zod';
import { documentTypes, formatReference, referencePrefix } from '../../../shared/domain/documents';
import { toCalendarDate } from '../../../shared/domain/dates';
import { nextReviewDue } from '../../../shared/domain/review';
import { indiceLabel } from '../../../shared/domain/versions';
import type {
  DocumentPage,
  QualityDocument,
  documentCreateSchema,
  documentFieldsSchema,
  documentListQuerySchema,
  documentPageQuerySchema,
  documentUpdateSchema,
} from '../../../shared/schemas/documents';
import { ServiceError, invalidField } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import { namedPerson } from '../people/lookup';
import type { DocumentsContext } from './context';
import { keysetPage } from '../paging';
import type { DocumentFieldValues, DocumentFilter } from './repository';
import { idsParam } from '../search/fold';
import { toFtsQuery } from '../search/query';
import { emptyDraft } from './versions-repository';

type Fields = z.output<typeof documentFieldsSchema>;

/** The register: documents, their descriptive fields, and their creation with version 1. */
export const createDocumentsService = (dc: DocumentsContext) => {
  const { repos } = dc;

  /** Checks the links and names them, as history keeps them. */
  /** `prefix` is where the fields sit in the method's input (`fields.` for an update), for field errors. */
  const resolve = (fields: Fields, prefix = '', currentOwnerId: number | null = null) => {
    const process = fields.processId === null ? null : repos.processes.get(fields.processId);
    if (process === undefined) throw invalidField(`${prefix}processId`, 'Ce processus n’existe pas.');
    const values: DocumentFieldValues = { ...fields };
    const ownerName = namedPerson(repos.people, fields.ownerId, `${prefix}ownerId`, currentOwnerId);
    return { values, processName: process?.name ?? null, ownerName };
  };

  // Today read once per request: the overdue filter is the same for the page and its counts.
  const filterOf = (query: z.output<typeof documentListQuerySchema> & { ids?: number[] }): DocumentFilter => ({
    status: query.status ?? null,
    processId: query.processId ?? null,
    ownerId: query.ownerId ?? null,
    overdueBefore: query.overdueOnly ? toCalendarDate(dc.now()) : null,
    search: toFtsQuery(query.search),
    type: query.type ?? null,
    ids: idsParam(query.ids),
  });

  const snapshot = (document: Pick<QualityDocument, 'title' | 'type' | 'processName' | 'ownerName' | 'reviewPeriodMonths'>) => ({
    title: document.title,
    type: document.type,
    process: document.processName,
    owner: document.ownerName,
    reviewPeriodMonths: document.reviewPeriodMonths,
  });

  return {
    /** The register, filtered; `overdueOnly` keeps documents in force past their review date. */
    list: (query: z.output<typeof documentListQuerySchema>): QualityDocument[] => repos.documents.list(filterOf(query)),

    /** One page of the register (documents in force or in draft by default), its counts and where the next page starts. */
    page: (query: z.output<typeof documentPageQuerySchema>): DocumentPage => {
      const filter = filterOf(query);
      const after = query.after;
      return keysetPage(
        query,
        (read) =>
          repos.documents.page({
            ...filter,
            ...read,
            afterRank: after ? documentTypes.indexOf(after.type) : null,
            afterReference: after?.reference ?? '',
          }),
        () => repos.documents.count(filter),
        (document) => ({ type: document.type, reference: document.reference }),
      );
    },

    get: dc.mustGetDocument,

    /** Registers a document with the next reference for its type (`PR-001`…) and its version 1. */
    create: (input: z.output<typeof documentCreateSchema>): QualityDocument =>
      dc.db
        .transaction(() => {
          const { initialStatus, effectiveDate, approvedById, approvedOn, ...fields } = input;
          const { values, processName, ownerName } = resolve(fields);
          const approver = namedPerson(repos.people, approvedById, 'approvedById');
          const today = toCalendarDate(dc.now());
          if (approvedOn !== null && approvedOn > today)
            throw invalidField('approvedOn', 'La date d’approbation ne peut pas être dans le futur.');
          const inForce = initialStatus === 'en_vigueur';
          const reference = formatReference(fields.type, repos.documents.nextSequence(referencePrefix[fields.type]));
          const at = dc.now().toISOString();
          const lastReviewDate = inForce ? effectiveDate : null;
          const id = repos.documents.insert(
            reference,
            values,
            { status: initialStatus, lastReviewDate, nextReviewDue: nextReviewDue(lastReviewDate, values.reviewPeriodMonths) },
            at,
          );
          const indice = indiceLabel(1, dc.indiceScheme());
          repos.versions.insert(
            id,
            1,
            indice,
            inForce ? { ...emptyDraft, status: 'en_vigueur', effectiveDate, approvedById, approvedOn } : { ...emptyDraft, effectiveDate },
            at,
          );
          dc.record(
            id,
            'create',
            creationFields({
              reference,
              ...snapshot({ ...values, processName, ownerName }),
              version: indice,
              status: initialStatus,
              effectiveDate,
              approvedBy: approver,
            }),
            at,
          );
          return dc.mustGetDocument(id);
        })
        .immediate(),

    /** Saves an edit made on `revision`; refuses it if someone saved in between. */
    update: (input: z.output<typeof documentUpdateSchema>): QualityDocument =>
      dc.db
        .transaction(() => {
          const current = dc.mustGetDocument(input.id);
          if (current.revision !== input.revision) {
            throw new ServiceError(
              'conflict',
              'Ce document a été modifié entre-temps (dans une autre fenêtre). Rechargez-le, puis refaites vos changements.',
            );
          }
          const { values, processName, ownerName } = resolve(input.fields, 'fields.', current.ownerId);
          const changes = diffFields(snapshot(current), snapshot({ ...values, processName, ownerName }));
          const sameLinks = current.processId === values.processId && current.ownerId === values.ownerId;
          if (changes.length === 0 && sameLinks) return current;
          const at = dc.now().toISOString();
          repos.documents.updateFields(input.id, values, nextReviewDue(current.lastReviewDate, values.reviewPeriodMonths), at);
          dc.record(input.id, 'update', changes, at);
          return dc.mustGetDocument(input.id);
        })
        .immediate(),
  };
};

export type DocumentsService = ReturnType<typeof createDocumentsService>;
