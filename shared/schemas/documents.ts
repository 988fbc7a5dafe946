import { z } from 'zod';
import { documentStatuses, documentTypes, REVIEW_PERIOD_MAX, REVIEW_PERIOD_MIN } from '../domain/documents';
import { calendarDateSchema, idSchema, requiredLine } from './common';
import { pageSchemaOf, pagingFields, pickingFields, searchSchema } from './paging';

export const documentTypeSchema = z.enum(documentTypes, { error: 'Choisissez un type de document.' });
export const documentStatusSchema = z.enum(documentStatuses, { error: 'Choisissez un statut.' });

export const documentSchema = z.object({
  id: idSchema,
  reference: z.string(),
  title: z.string(),
  type: documentTypeSchema,
  status: documentStatusSchema,
  processId: idSchema.nullable(),
  processName: z.string().nullable(),
  ownerId: idSchema.nullable(),
  ownerName: z.string().nullable(),
  reviewPeriodMonths: z.number().int(),
  lastReviewDate: calendarDateSchema.nullable(),
  nextReviewDue: calendarDateSchema.nullable(),
  /** The version in force, if any. */
  inForce: z.object({ id: idSchema, indice: z.string(), effectiveDate: calendarDateSchema }).nullable(),
  /** The version being written or awaiting approval, if any. */
  pending: z.object({ id: idSchema, indice: z.string(), status: z.enum(['brouillon', 'soumis']) }).nullable(),
  revision: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type QualityDocument = z.infer<typeof documentSchema>;

export const reviewPeriodSchema = z
  .number({ error: 'Indiquez une périodicité en mois.' })
  .int('La périodicité est un nombre entier de mois.')
  .min(REVIEW_PERIOD_MIN, `La périodicité est d’au moins ${REVIEW_PERIOD_MIN} mois.`)
  .max(REVIEW_PERIOD_MAX, `La périodicité ne dépasse pas ${REVIEW_PERIOD_MAX} mois.`);

/** What the register form edits; versions, reviews and status have their own actions. */
export const documentFieldsSchema = z
  .object({
    title: requiredLine('Le titre', 200),
    type: documentTypeSchema,
    processId: idSchema.nullable(),
    ownerId: idSchema.nullable(),
    reviewPeriodMonths: reviewPeriodSchema,
  })
  .strict();
export type DocumentFields = z.input<typeof documentFieldsSchema>;

/**
 * A new document starts as a draft (version 1 to write), or is registered as already in force
 * (an existing procedure): then its version 1 takes effect on `effectiveDate`.
 */
export const documentCreateSchema = documentFieldsSchema
  .extend({
    initialStatus: z.enum(['brouillon', 'en_vigueur'], { error: 'Choisissez un statut.' }),
    effectiveDate: calendarDateSchema.nullable(),
    approvedById: idSchema.nullable(),
    approvedOn: calendarDateSchema.nullable(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.initialStatus === 'en_vigueur' && input.effectiveDate === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['effectiveDate'],
        message: 'Un document en vigueur a une date d’application (ou de dernière revue).',
      });
    }
  });
export type DocumentCreate = z.input<typeof documentCreateSchema>;

export const documentUpdateSchema = z
  .object({ id: idSchema, revision: z.number({ error: 'Révision invalide.' }).int().nonnegative(), fields: documentFieldsSchema })
  .strict();
export type DocumentUpdate = z.infer<typeof documentUpdateSchema>;

export const documentListQuerySchema = z
  .object({
    status: documentStatusSchema.optional(),
    processId: idSchema.optional(),
    ownerId: idSchema.optional(),
    overdueOnly: z.boolean({ error: 'Valeur invalide.' }).optional(),
    type: documentTypeSchema.optional(),
    search: searchSchema,
  })
  .strict();
export type DocumentListQuery = z.infer<typeof documentListQuerySchema>;

/** Where the next page starts: after this document in the register's order (type as a quality manual lists them, then reference). */
export const documentCursorSchema = z
  .object({ type: documentTypeSchema, reference: z.string({ error: 'Curseur invalide.' }).min(1).max(200) })
  .strict();

/**
 * One page of the register, filters, search and order in SQL: documents in force or in draft
 * unless `scope` says all (obsolete ones too), `limit` rows (200 by default) after `after`; `ids`
 * keeps only those records (a picker's chosen ones).
 */
export const documentPageQuerySchema = documentListQuerySchema
  .extend({ ...pagingFields(documentCursorSchema), ids: pickingFields.ids })
  .strict();
export type DocumentPageQuery = z.input<typeof documentPageQuerySchema>;

/** `openTotal`: documents in force or in draft matching the filters, whatever the scope. */
export const documentPageSchema = pageSchemaOf(documentSchema, documentCursorSchema);
export type DocumentPage = z.infer<typeof documentPageSchema>;
