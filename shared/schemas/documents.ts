import { z } from 'zod';
import { documentStatuses, documentTypes, REVIEW_PERIOD_MAX, REVIEW_PERIOD_MIN } from '../domain/documents';
import { calendarDateSchema, idSchema, requiredText } from './common';

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

export const documentFieldsSchema = z
  .object({
    title: requiredText('Le titre', 200),
    type: documentTypeSchema,
    status: documentStatusSchema,
    processId: idSchema.nullable(),
    ownerId: idSchema.nullable(),
    reviewPeriodMonths: reviewPeriodSchema,
    lastReviewDate: calendarDateSchema.nullable(),
  })
  .strict()
  .superRefine((fields, ctx) => {
    if (fields.status === 'en_vigueur' && fields.lastReviewDate === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['lastReviewDate'],
        message: 'Un document en vigueur a une date de dernière revue (ou d’application).',
      });
    }
  });
export type DocumentFields = z.input<typeof documentFieldsSchema>;

export const documentCreateSchema = documentFieldsSchema;
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
    search: z.string({ error: 'Recherche invalide.' }).trim().max(200, 'La recherche ne dépasse pas 200 caractères.').optional(),
  })
  .strict();
export type DocumentListQuery = z.infer<typeof documentListQuerySchema>;
