import { z } from 'zod';
import { indiceSchemes, obsoleteReasons, reviewOutcomes, versionStatuses } from '../domain/versions';
import { calendarDateSchema, idSchema, optionalText, required, requiredText } from './common';

const revisionSchema = z.number({ error: 'Révision invalide.' }).int().nonnegative();
const personName = z.string().nullable();

export const versionSchema = z.object({
  id: idSchema,
  documentId: idSchema,
  sequence: z.number().int(),
  indice: z.string(),
  status: z.enum(versionStatuses),
  changeSummary: z.string().nullable(),
  effectiveDate: calendarDateSchema.nullable(),
  writtenById: idSchema.nullable(),
  writtenByName: personName,
  writtenOn: calendarDateSchema.nullable(),
  checkedById: idSchema.nullable(),
  checkedByName: personName,
  checkedOn: calendarDateSchema.nullable(),
  approvedById: idSchema.nullable(),
  approvedByName: personName,
  approvedOn: calendarDateSchema.nullable(),
  obsoleteReason: z.enum(obsoleteReasons).nullable(),
  obsoleteComment: z.string().nullable(),
  obsoleteOn: calendarDateSchema.nullable(),
  revision: z.number().int(),
});
export type DocumentVersion = z.infer<typeof versionSchema>;

/** What can be written on a draft: its summary, who wrote and checked it, and when it should apply. */
export const versionDraftFieldsSchema = z
  .object({
    changeSummary: optionalText('Le résumé des modifications', 2000),
    writtenById: idSchema.nullable(),
    writtenOn: calendarDateSchema.nullable(),
    checkedById: idSchema.nullable(),
    checkedOn: calendarDateSchema.nullable(),
    effectiveDate: calendarDateSchema.nullable(),
  })
  .strict();
export type VersionDraftFields = z.input<typeof versionDraftFieldsSchema>;

export const versionUpdateSchema = z.object({ id: idSchema, revision: revisionSchema, fields: versionDraftFieldsSchema }).strict();
export const versionStepSchema = z.object({ id: idSchema, revision: revisionSchema }).strict();
export const versionCommentStepSchema = z
  .object({ id: idSchema, revision: revisionSchema, comment: requiredText('Le motif', 2000) })
  .strict();

/** Approval: who approved, when, and from when the version applies; checking may be recorded here. */
export const versionApprovalFieldsSchema = z
  .object({
    approvedById: required(idSchema, 'Indiquez qui approuve cette version.'),
    approvedOn: required(calendarDateSchema, 'Indiquez la date d’approbation.'),
    effectiveDate: required(calendarDateSchema, 'Indiquez la date d’application.'),
    checkedById: idSchema.nullable(),
    checkedOn: calendarDateSchema.nullable(),
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.approvedOn && input.effectiveDate && input.effectiveDate < input.approvedOn) {
      ctx.addIssue({ code: 'custom', path: ['effectiveDate'], message: 'La date d’application ne peut pas précéder l’approbation.' });
    }
    if (input.checkedOn && input.approvedOn && input.checkedOn > input.approvedOn) {
      ctx.addIssue({ code: 'custom', path: ['checkedOn'], message: 'La vérification précède l’approbation.' });
    }
  });
export type VersionApprovalFields = z.input<typeof versionApprovalFieldsSchema>;
export const versionApproveSchema = z.object({ id: idSchema, revision: revisionSchema, fields: versionApprovalFieldsSchema }).strict();

export const documentRefSchema = z.object({ documentId: idSchema }).strict();

export const reviewSchema = z.object({
  id: idSchema,
  documentId: idSchema,
  versionId: idSchema,
  versionIndice: z.string(),
  plannedDate: calendarDateSchema.nullable(),
  reviewDate: calendarDateSchema,
  reviewerId: idSchema,
  reviewerName: z.string(),
  outcome: z.enum(reviewOutcomes),
  comment: z.string().nullable(),
  draftIndice: z.string().nullable(),
});
export type DocumentReview = z.infer<typeof reviewSchema>;

export const reviewFieldsSchema = z
  .object({
    reviewDate: required(calendarDateSchema, 'Indiquez la date de la revue.'),
    reviewerId: required(idSchema, 'Indiquez qui a fait la revue.'),
    outcome: z.enum(reviewOutcomes, { error: 'Choisissez la conclusion de la revue.' }),
    comment: optionalText('Le commentaire', 2000),
  })
  .strict();
export type ReviewFields = z.input<typeof reviewFieldsSchema>;
export const reviewRecordSchema = z.object({ documentId: idSchema, fields: reviewFieldsSchema }).strict();

export const readsSchema = z.object({
  versionId: idSchema,
  read: z.array(z.object({ personId: idSchema, name: z.string(), readOn: calendarDateSchema })),
  notYet: z.array(z.object({ personId: idSchema, name: z.string() })),
});
export type VersionReads = z.infer<typeof readsSchema>;

export const readsRecordSchema = z
  .object({
    versionId: idSchema,
    personIds: z
      .array(idSchema, { error: 'Choisissez au moins une personne.' })
      .min(1, 'Choisissez au moins une personne.')
      .max(500, 'Pas plus de 500 personnes à la fois.')
      .refine((ids) => new Set(ids).size === ids.length, 'Une même personne est cochée deux fois.'),
    readOn: calendarDateSchema,
  })
  .strict();
export const versionRefSchema = z.object({ versionId: idSchema }).strict();

export const indiceSchemeSchema = z.enum(indiceSchemes, { error: 'Choisissez une numérotation.' });
