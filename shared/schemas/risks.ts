import { z } from 'zod';
import { actionStatuses } from '../domain/actions';
import { outOfOrder } from '../domain/dates';
import { registerStatuses } from '../domain/register-life';
import { MAX_SCALE_LEVELS, MIN_SCALE_LEVELS, riskKinds, riskLevels, riskOrigins, riskTreatments, treatmentStates } from '../domain/risks';
import { actionFieldsWithoutOpeningSchema } from './actions';
import { calendarDateSchema, idSchema, optionalLine, optionalText, required, requiredLine } from './common';
import { revisionSchema } from './register-life';

const levelSchema = z
  .number({ error: 'Choisissez un niveau.' })
  .int('Choisissez un niveau.')
  .min(1, 'Le niveau le plus bas est 1.')
  .max(MAX_SCALE_LEVELS, `L’échelle compte ${MAX_SCALE_LEVELS} niveaux au plus.`);

/** One evaluation: likelihood × impact on the structure's scale, dated. */
export const riskEvaluationSchema = z.object({
  id: idSchema,
  evaluatedOn: calendarDateSchema,
  likelihood: z.number().int(),
  impact: z.number().int(),
  score: z.number().int(),
  level: z.enum(riskLevels),
  comment: z.string().nullable(),
});
export type RiskEvaluation = z.infer<typeof riskEvaluationSchema>;

/** An action of the plan treating the risk. */
export const riskActionSchema = z.object({
  id: idSchema,
  reference: z.string(),
  description: z.string(),
  ownerName: z.string(),
  dueDate: calendarDateSchema,
  status: z.enum(actionStatuses),
  doneOn: calendarDateSchema.nullable(),
  overdue: z.boolean(),
});

/** A risk or an opportunity of the register (§6.1), with its evaluations, its treatment and its actions. */
export const riskSchema = z.object({
  id: idSchema,
  reference: z.string(),
  kind: z.enum(riskKinds),
  title: z.string(),
  description: z.string().nullable(),
  origin: z.enum(riskOrigins),
  /** The issue, party, finding or nonconformity it comes from; null for a process or another origin. */
  originId: idSchema.nullable(),
  /** What that origin reads as: the issue's title, the party's name, the audit and finding, the NC's reference, the note. */
  originLabel: z.string().nullable(),
  /** Where that origin is shown (`/contexte/enjeux/3`, `/audits/2`…). */
  originRoute: z.string().nullable(),
  originNote: z.string().nullable(),
  processId: idSchema.nullable(),
  processName: z.string().nullable(),
  ownerId: idSchema,
  ownerName: z.string(),
  identifiedOn: calendarDateSchema,
  /** Oldest first: the first is the evaluation at identification, the last the current one. */
  evaluations: z.array(riskEvaluationSchema),
  treatment: z.enum(riskTreatments).nullable(),
  treatmentNote: z.string().nullable(),
  decidedOn: calendarDateSchema.nullable(),
  reevaluationDue: calendarDateSchema.nullable(),
  actions: z.array(riskActionSchema),
  treatmentState: z.enum(treatmentStates),
  lastReviewedOn: calendarDateSchema.nullable(),
  reviewDue: calendarDateSchema,
  status: z.enum(registerStatuses),
  retiredOn: calendarDateSchema.nullable(),
  retireReason: z.string().nullable(),
  reviewLate: z.boolean(),
  reevaluationLate: z.boolean(),
  revision: z.number().int(),
});
export type Risk = z.infer<typeof riskSchema>;

/** What the user writes of a risk; its origin is one of the file's records (`originId`), a process, or a note. */
export const riskFieldsSchema = z
  .object({
    kind: z.enum(riskKinds, { error: 'Choisissez : risque ou opportunité.' }),
    title: requiredLine('L’intitulé', 200),
    description: optionalText('La description', 4000),
    origin: z.enum(riskOrigins, { error: 'Choisissez l’origine.' }),
    originId: idSchema.nullable(),
    originNote: optionalLine('L’origine', 200),
    processId: idSchema.nullable(),
    ownerId: required(idSchema, 'Indiquez le responsable.'),
    identifiedOn: required(calendarDateSchema, 'Indiquez la date d’identification.'),
    reviewDue: required(calendarDateSchema, 'Indiquez la date de la prochaine revue.'),
  })
  .strict()
  .superRefine((fields, ctx) => {
    const needsRecord =
      fields.origin === 'enjeu' || fields.origin === 'partie' || fields.origin === 'constat' || fields.origin === 'nonconformite';
    if (needsRecord && fields.originId === null) {
      const what = { enjeu: 'l’enjeu', partie: 'la partie intéressée', constat: 'le constat d’audit', nonconformite: 'la non-conformité' };
      ctx.addIssue({ code: 'custom', path: ['originId'], message: `Choisissez ${what[fields.origin as keyof typeof what]} d’origine.` });
    }
    if (fields.origin === 'processus' && fields.processId === null) {
      ctx.addIssue({ code: 'custom', path: ['processId'], message: 'Choisissez le processus d’origine.' });
    }
    if (fields.origin === 'autre' && fields.originNote === null) {
      ctx.addIssue({ code: 'custom', path: ['originNote'], message: 'Dites d’où vient ce risque ou cette opportunité.' });
    }
    if (fields.identifiedOn && fields.reviewDue && fields.reviewDue < fields.identifiedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['reviewDue'],
        message: outOfOrder('La prochaine revue', fields.reviewDue, 'l’identification', fields.identifiedOn),
      });
    }
  });
export type RiskFields = z.input<typeof riskFieldsSchema>;

/** The first evaluation, dated the day the risk was identified. */
export const riskScoreFieldsSchema = z
  .object({ likelihood: required(levelSchema, 'Choisissez la probabilité.'), impact: required(levelSchema, 'Choisissez l’impact.') })
  .strict();
export type RiskScoreFields = z.input<typeof riskScoreFieldsSchema>;

export const riskCreateSchema = z.object({ fields: riskFieldsSchema, evaluation: riskScoreFieldsSchema }).strict();
export type RiskCreate = z.input<typeof riskCreateSchema>;
export const riskUpdateSchema = z.object({ id: idSchema, revision: revisionSchema, fields: riskFieldsSchema }).strict();

/** A re-evaluation (after the treatment, or at a review): when, the new levels, why, and the next one if any. */
export const riskReevaluationFieldsSchema = z
  .object({
    evaluatedOn: required(calendarDateSchema, 'Indiquez la date de la réévaluation.'),
    likelihood: required(levelSchema, 'Choisissez la probabilité.'),
    impact: required(levelSchema, 'Choisissez l’impact.'),
    comment: optionalText('Le commentaire', 2000),
    nextReevaluationDue: calendarDateSchema.nullable(),
  })
  .strict();
export type RiskReevaluationFields = z.input<typeof riskReevaluationFieldsSchema>;
export const riskReevaluateSchema = z.object({ id: idSchema, revision: revisionSchema, fields: riskReevaluationFieldsSchema }).strict();

/** The treatment decided, on a day; reducing (and every treatment carried out by actions) brings its first action if it has none yet. */
export const riskTreatmentFieldsSchema = z
  .object({
    treatment: z.enum(riskTreatments, { error: 'Choisissez le traitement.' }),
    treatmentNote: optionalText('La justification du traitement', 2000),
    decidedOn: required(calendarDateSchema, 'Indiquez la date de la décision.'),
    reevaluationDue: calendarDateSchema.nullable(),
  })
  .strict()
  .superRefine((fields, ctx) => {
    if (fields.decidedOn && fields.reevaluationDue && fields.reevaluationDue < fields.decidedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['reevaluationDue'],
        message: outOfOrder('La réévaluation', fields.reevaluationDue, 'la décision', fields.decidedOn),
      });
    }
  });
export type RiskTreatmentFields = z.input<typeof riskTreatmentFieldsSchema>;
export const riskTreatSchema = z
  .object({
    id: idSchema,
    revision: revisionSchema,
    fields: riskTreatmentFieldsSchema,
    action: actionFieldsWithoutOpeningSchema.nullable(),
  })
  .strict();
export type RiskTreat = z.input<typeof riskTreatSchema>;

/** The evaluation scale: the words of each level (their number is the number of levels) and the level thresholds. */
const scaleWords = (what: string) =>
  z
    .array(requiredLine(`Chaque niveau de ${what}`, 40))
    .min(MIN_SCALE_LEVELS, `L’échelle de ${what} compte au moins ${MIN_SCALE_LEVELS} niveaux.`)
    .max(MAX_SCALE_LEVELS, `L’échelle de ${what} compte au plus ${MAX_SCALE_LEVELS} niveaux.`);

export const riskScaleSchema = z
  .object({
    likelihood: scaleWords('probabilité'),
    impact: scaleWords('impact'),
    mediumFrom: z.number({ error: 'Indiquez un score.' }).int('Indiquez un score entier.').min(2, 'Le seuil « moyen » est au moins 2.'),
    highFrom: z.number({ error: 'Indiquez un score.' }).int('Indiquez un score entier.'),
  })
  .strict()
  .superRefine((scale, ctx) => {
    const max = scale.likelihood.length * scale.impact.length;
    if (scale.highFrom <= scale.mediumFrom) {
      ctx.addIssue({ code: 'custom', path: ['highFrom'], message: 'Le seuil « élevé » vient après le seuil « moyen ».' });
    }
    if (scale.highFrom > max) {
      ctx.addIssue({ code: 'custom', path: ['highFrom'], message: `Le seuil « élevé » ne dépasse pas le score le plus haut (${max}).` });
    }
  });
export type RiskScaleInput = z.input<typeof riskScaleSchema>;

export const riskListQuerySchema = z
  .object({
    kind: z.enum(riskKinds).optional(),
    level: z.enum(riskLevels).optional(),
    treatmentState: z.enum(treatmentStates).optional(),
    ownerId: idSchema.optional(),
    processId: idSchema.optional(),
    includeRetired: z.boolean().optional(),
    reviewLateOnly: z.boolean().optional(),
    search: optionalLine('La recherche', 200).optional(),
  })
  .strict();
export type RiskListQuery = z.input<typeof riskListQuerySchema>;

/** A risk as it stood on a day (the management review's day, the pack's date): its evaluations and actions up to then. */
export const riskOnDateSchema = z.object({
  id: idSchema,
  reference: z.string(),
  kind: z.enum(riskKinds),
  title: z.string(),
  origin: z.enum(riskOrigins),
  originLabel: z.string().nullable(),
  processId: idSchema.nullable(),
  processName: z.string().nullable(),
  ownerName: z.string(),
  identifiedOn: calendarDateSchema,
  /** The evaluation at identification, and the one standing on the day (the same when never re-evaluated). */
  initial: riskEvaluationSchema,
  current: riskEvaluationSchema,
  treatment: z.enum(riskTreatments).nullable(),
  treatmentNote: z.string().nullable(),
  decidedOn: calendarDateSchema.nullable(),
  actions: z.array(
    z.object({ reference: z.string(), description: z.string(), dueDate: calendarDateSchema, status: z.enum(actionStatuses) }),
  ),
  treatmentState: z.enum(treatmentStates),
});
export type RiskOnDate = z.infer<typeof riskOnDateSchema>;
