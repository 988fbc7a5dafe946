import { z } from 'zod';
import { actionStatuses } from '../domain/actions';
import { nonconformityStatuses, recordableSeverities, SEVERITY_CHOICE } from '../domain/nonconformities';
import { evaluationResults, providerKinds, SCORE_MAX, SCORE_MIN } from '../domain/providers';
import { actionFieldsSchema } from './actions';
import { calendarDateSchema, idSchema, optionalText, required, requiredLine, requiredText } from './common';

const revisionSchema = z.number({ error: 'Révision invalide.' }).int().nonnegative();

export const criterionSchema = z.object({ id: idSchema, label: z.string(), position: z.number().int(), active: z.boolean() });
export type Criterion = z.infer<typeof criterionSchema>;

export const criterionFieldsSchema = z
  .object({ label: requiredLine('Le critère', 120), active: z.boolean({ error: 'Valeur invalide.' }) })
  .strict();
export const criterionUpdateSchema = z.object({ id: idSchema, fields: criterionFieldsSchema }).strict();

/** One provider or partner of the register, with its last evaluation and the next one due. */
export const providerSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: z.enum(providerKinds),
  supplies: z.string(),
  processId: idSchema.nullable(),
  processName: z.string().nullable(),
  since: calendarDateSchema,
  evaluationMonths: z.number().int(),
  active: z.boolean(),
  nextEvaluationDue: calendarDateSchema,
  /** Due before today, for an active provider. */
  evaluationLate: z.boolean(),
  lastEvaluation: z
    .object({ id: idSchema, evaluatedOn: calendarDateSchema, score: z.number(), result: z.enum(evaluationResults) })
    .nullable(),
  revision: z.number().int(),
});
export type Provider = z.infer<typeof providerSchema>;

export const followUpActionSchema = z.object({
  id: idSchema,
  reference: z.string(),
  description: z.string(),
  ownerName: z.string(),
  dueDate: calendarDateSchema,
  status: z.enum(actionStatuses),
});

export const providerEvaluationSchema = z.object({
  id: idSchema,
  evaluatedOn: calendarDateSchema,
  evaluatedById: idSchema,
  evaluatedByName: z.string(),
  score: z.number(),
  result: z.enum(evaluationResults),
  comment: z.string().nullable(),
  scores: z.array(z.object({ criterionId: idSchema, label: z.string(), score: z.number().int() })),
  nonconformity: z.object({ id: idSchema, reference: z.string(), status: z.enum(nonconformityStatuses) }).nullable(),
  actions: z.array(followUpActionSchema),
});
export type ProviderEvaluation = z.infer<typeof providerEvaluationSchema>;

export const providerDetailSchema = providerSchema.extend({ evaluations: z.array(providerEvaluationSchema) });
export type ProviderDetail = z.infer<typeof providerDetailSchema>;

export const providerFieldsSchema = z
  .object({
    name: requiredLine('Le nom du prestataire', 120),
    kind: z.enum(providerKinds, { error: 'Choisissez le type de prestataire.' }),
    supplies: requiredText('Ce qu’il fournit', 2000),
    processId: idSchema.nullable(),
    since: required(calendarDateSchema, 'Indiquez depuis quand la structure travaille avec lui.'),
    evaluationMonths: z
      .number({ error: 'Indiquez la périodicité d’évaluation en mois.' })
      .int('La périodicité est un nombre entier de mois.')
      .min(1, 'La périodicité d’évaluation va de 1 à 60 mois.')
      .max(60, 'La périodicité d’évaluation va de 1 à 60 mois.'),
    active: z.boolean({ error: 'Valeur invalide.' }),
  })
  .strict();
export type ProviderFields = z.input<typeof providerFieldsSchema>;
export const providerUpdateSchema = z.object({ id: idSchema, revision: revisionSchema, fields: providerFieldsSchema }).strict();

export const providerListQuerySchema = z
  .object({ kind: z.enum(providerKinds).optional(), activeOnly: z.boolean().optional(), lateOnly: z.boolean().optional() })
  .strict();
export type ProviderListQuery = z.input<typeof providerListQuerySchema>;

const scoreSchema = z
  .number({ error: `Donnez une note de ${SCORE_MIN} à ${SCORE_MAX}.` })
  .int(`Une note est un nombre entier de ${SCORE_MIN} à ${SCORE_MAX}.`)
  .min(SCORE_MIN, `Une note va de ${SCORE_MIN} à ${SCORE_MAX}.`)
  .max(SCORE_MAX, `Une note va de ${SCORE_MIN} à ${SCORE_MAX}.`);

/** A periodic evaluation: a score per criterion, who evaluated and when, and a comment. */
export const providerEvaluateSchema = z
  .object({
    providerId: idSchema,
    evaluatedOn: required(calendarDateSchema, 'Indiquez la date de l’évaluation.'),
    evaluatedById: required(idSchema, 'Indiquez qui a évalué.'),
    scores: z
      .array(z.object({ criterionId: idSchema, score: required(scoreSchema, `Donnez une note de ${SCORE_MIN} à ${SCORE_MAX}.`) }).strict())
      .min(1, 'Notez au moins un critère.')
      .max(50)
      .refine((scores) => new Set(scores.map((s) => s.criterionId)).size === scores.length, 'Un critère est noté deux fois.'),
    comment: optionalText('Le commentaire', 4000),
  })
  .strict();
export type ProviderEvaluate = z.input<typeof providerEvaluateSchema>;

/** The action a poor evaluation leads to. */
export const evaluationActionSchema = z.object({ evaluationId: idSchema, fields: actionFieldsSchema }).strict();

/** The nonconformity a poor evaluation opens (source "prestataire"): how serious, what is wrong, who found it. */
export const evaluationNcFieldsSchema = z
  .object({
    severity: z.enum(recordableSeverities, { error: SEVERITY_CHOICE }),
    description: requiredText('La description de la non-conformité', 4000),
    detectedById: idSchema.nullable(),
  })
  .strict();
export const evaluationNonconformitySchema = z.object({ evaluationId: idSchema, fields: evaluationNcFieldsSchema }).strict();
