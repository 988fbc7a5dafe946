import { z } from 'zod';
import { indicatorStates } from '../domain/indicator-state';
import { calendarDateSchema, idSchema, optionalText, required, requiredLine } from './common';

/** Where a quality objective (§6.2) stands; decided by its owner, not computed. */
export const objectiveStatuses = ['en_cours', 'atteint', 'non_atteint', 'abandonne'] as const;
export type ObjectiveStatus = (typeof objectiveStatuses)[number];

const revisionSchema = z.number({ error: 'Révision invalide.' }).int().nonnegative();

export const objectiveSchema = z.object({
  id: idSchema,
  title: z.string(),
  description: z.string().nullable(),
  ownerId: idSchema,
  ownerName: z.string(),
  processId: idSchema.nullable(),
  processName: z.string().nullable(),
  /** The day it was set: a management review reads the objectives set by its day. */
  setOn: calendarDateSchema,
  targetDate: calendarDateSchema,
  status: z.enum(objectiveStatuses),
  /** Still in progress after its target date. */
  overdue: z.boolean(),
  /** Its indicators, with where their latest measurement stands. */
  indicators: z.array(z.object({ id: idSchema, name: z.string(), state: z.enum(indicatorStates), latest: z.string().nullable() })),
  revision: z.number().int(),
});
export type QualityObjective = z.infer<typeof objectiveSchema>;

export const objectiveFieldsSchema = z
  .object({
    title: requiredLine('L’objectif', 300),
    description: optionalText('La description', 4000),
    ownerId: required(idSchema, 'Indiquez le responsable de l’objectif.'),
    processId: idSchema.nullable(),
    setOn: required(calendarDateSchema, 'Indiquez la date à laquelle l’objectif a été fixé.'),
    targetDate: required(calendarDateSchema, 'Indiquez l’échéance de l’objectif.'),
    status: z.enum(objectiveStatuses, { error: 'Choisissez le statut.' }),
    indicatorIds: z
      .array(idSchema)
      .max(50, 'Un objectif est suivi par 50 indicateurs au plus.')
      .refine((ids) => new Set(ids).size === ids.length, 'Un indicateur est choisi deux fois.'),
  })
  .strict();
export type ObjectiveFields = z.input<typeof objectiveFieldsSchema>;

export const objectiveUpdateSchema = z.object({ id: idSchema, revision: revisionSchema, fields: objectiveFieldsSchema }).strict();

/** The quality policy (§5.2) is a document of the register, of type "politique"; this names which one. */
export const qualityPolicySchema = z.object({
  document: z
    .object({
      id: idSchema,
      reference: z.string(),
      title: z.string(),
      status: z.enum(['brouillon', 'en_vigueur', 'obsolete']),
      indice: z.string().nullable(),
      effectiveDate: calendarDateSchema.nullable(),
      nextReviewDue: calendarDateSchema.nullable(),
    })
    .nullable(),
  /** The policy's words as displayed and signed, printed in the evidence pack. */
  text: z.string().nullable(),
});
export type QualityPolicy = z.infer<typeof qualityPolicySchema>;

export const qualityPolicySetSchema = z
  .object({
    documentId: idSchema.nullable(),
    /** Absent: the text stays as it was. */
    text: optionalText('Le texte de la politique', 6000).optional(),
  })
  .strict();
