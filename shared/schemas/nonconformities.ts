import { z } from 'zod';
import { findingStatuses } from '../domain/audits';
import {
  analysisMethods,
  effectivenessVerdicts,
  ishikawaBranches,
  manualNonconformitySources,
  nonconformitySeverities,
  nonconformitySources,
  nonconformityStatuses,
  recordableSeverities,
  SEVERITY_CHOICE,
} from '../domain/nonconformities';
import { actionSchema } from './actions';
import { calendarDateSchema, idSchema, required, requiredText } from './common';
import { pageSchemaOf, pagingFields, pickingFields } from './paging';

export { nonconformitySeverities, nonconformitySources, nonconformityStatuses };

const revisionSchema = z.number({ error: 'Révision invalide.' }).int().nonnegative();
const linked = z.object({ id: idSchema, reference: z.string() });

/** A line of the nonconformity register. */
export const nonconformitySummarySchema = z.object({
  id: idSchema,
  reference: z.string(),
  source: z.enum(nonconformitySources),
  detectedOn: calendarDateSchema,
  description: z.string(),
  severity: z.enum(nonconformitySeverities),
  status: z.enum(nonconformityStatuses),
  processName: z.string().nullable(),
  finding: z.object({ id: idSchema, auditId: idSchema, auditReference: z.string(), responseDue: calendarDateSchema.nullable() }).nullable(),
  complaint: linked.nullable(),
  actionCount: z.number().int(),
  actionsFinished: z.number().int(),
  /** The planned effectiveness check still waiting for its verdict. */
  checkPlannedOn: calendarDateSchema.nullable(),
  closedOn: calendarDateSchema.nullable(),
});
export type NonconformitySummary = z.infer<typeof nonconformitySummarySchema>;

export const nonconformityListQuerySchema = z
  .object({ status: z.enum(nonconformityStatuses).optional(), source: z.enum(nonconformitySources).optional() })
  .strict();
export type NonconformityListQuery = z.input<typeof nonconformityListQuerySchema>;

/** Where the next page starts: after this NC in the register's order (newest detection first, then id). */
export const nonconformityCursorSchema = z.object({ detectedOn: calendarDateSchema, id: idSchema }).strict();

/**
 * One page of the register, filters and order in SQL: open NCs unless `scope` says all, `limit` rows
 * (200 by default), only those whose reference or description holds the `search` words, or only the `ids` given.
 */
export const nonconformityPageQuerySchema = nonconformityListQuerySchema
  .extend({ ...pagingFields(nonconformityCursorSchema), ...pickingFields })
  .strict();

/** `openTotal`: NCs not closed matching the filters, whatever the scope. */
export const nonconformityPageSchema = pageSchemaOf(nonconformitySummarySchema, nonconformityCursorSchema);
export type NonconformityPage = z.infer<typeof nonconformityPageSchema>;

export const causeSchema = z.object({
  position: z.number().int(),
  branch: z.enum(ishikawaBranches).nullable(),
  why: z.string().nullable(),
  cause: z.string(),
  retained: z.boolean(),
});
export type Cause = z.infer<typeof causeSchema>;

export const effectivenessCheckSchema = z.object({
  id: idSchema,
  plannedOn: calendarDateSchema,
  criterion: z.string(),
  verdict: z.enum(effectivenessVerdicts).nullable(),
  checkedOn: calendarDateSchema.nullable(),
  checkedById: idSchema.nullable(),
  checkedByName: z.string().nullable(),
  comment: z.string().nullable(),
});
export type EffectivenessCheck = z.infer<typeof effectivenessCheckSchema>;

/** The whole fiche de non-conformité: register, correction, analysis, actions, checks and origin. */
export const nonconformitySchema = nonconformitySummarySchema.extend({
  detectedById: idSchema.nullable(),
  detectedByName: z.string().nullable(),
  processId: idSchema.nullable(),
  requirements: z.array(z.object({ id: idSchema, number: z.string(), title: z.string() })),
  findingDetail: z
    .object({ description: z.string(), gradeLabel: z.string(), status: z.enum(findingStatuses), auditType: z.string() })
    .nullable(),
  suggestion: linked.nullable(),
  correction: z
    .object({ what: z.string(), byId: idSchema.nullable(), byName: z.string().nullable(), on: calendarDateSchema.nullable() })
    .nullable(),
  analysis: z
    .object({
      method: z.enum(analysisMethods),
      text: z.string().nullable(),
      analysedById: idSchema.nullable(),
      analysedByName: z.string().nullable(),
      analysedOn: calendarDateSchema.nullable(),
      causes: z.array(causeSchema),
    })
    .nullable(),
  actions: z.array(actionSchema),
  /** Every check, oldest first; the last may wait for its verdict. */
  checks: z.array(effectivenessCheckSchema),
  revision: z.number().int(),
});
export type Nonconformity = z.infer<typeof nonconformitySchema>;

// Inputs ------------------------------------------------------------------------------------------

const ncFields = {
  detectedOn: required(calendarDateSchema, 'Indiquez la date de détection.'),
  detectedById: idSchema.nullable(),
  processId: idSchema.nullable(),
  requirementIds: z.array(idSchema).max(50, 'Pas plus de 50 exigences.'),
  description: requiredText('La description de la non-conformité', 4000),
  // Null lets the form of an NC recorded as an "observation" before schema 12 ask for its severity.
  severity: required(z.enum(recordableSeverities, { error: SEVERITY_CHOICE }), SEVERITY_CHOICE),
};

/** The register's fields, editable while the nonconformity is open (its source stays). */
export const nonconformityFieldsSchema = z.object(ncFields).strict();
export type NonconformityFields = z.input<typeof nonconformityFieldsSchema>;

/** A nonconformity opened by hand: from an indicator, daily work, an external provider, or other. */
export const nonconformityCreateSchema = z
  .object({ source: z.enum(manualNonconformitySources, { error: 'Choisissez l’origine de la non-conformité.' }), ...ncFields })
  .strict();
export type NonconformityCreate = z.input<typeof nonconformityCreateSchema>;

export const nonconformityUpdateSchema = z.object({ id: idSchema, revision: revisionSchema, fields: nonconformityFieldsSchema }).strict();
export const nonconformityStepSchema = z.object({ id: idSchema, revision: revisionSchema }).strict();

/** The correction: what was done at once on the effect, by whom, when. */
export const correctionFieldsSchema = z
  .object({
    what: requiredText('La correction', 2000),
    byId: required(idSchema, 'Indiquez qui a fait la correction.'),
    on: required(calendarDateSchema, 'Indiquez la date de la correction.'),
  })
  .strict();
export type CorrectionFields = z.input<typeof correctionFieldsSchema>;
export const correctionInputSchema = z.object({ id: idSchema, revision: revisionSchema, correction: correctionFieldsSchema }).strict();

const analysedBy = { analysedById: idSchema.nullable(), analysedOn: calendarDateSchema.nullable() };

/** 5 pourquoi: an ordered chain of "why?" → "because…", the root cause(s) marked. */
export const fiveWhysSchema = z
  .object({
    method: z.literal('cinq_pourquoi'),
    ...analysedBy,
    steps: z
      .array(
        z
          .object({
            why: requiredText('La question « Pourquoi ? »', 1000),
            because: requiredText('La réponse « Parce que… »', 1000),
            retained: z.boolean({ error: 'Valeur invalide.' }),
          })
          .strict(),
      )
      .min(1, 'Écrivez au moins un « pourquoi ».')
      .max(10, 'Pas plus de 10 « pourquoi ».'),
  })
  .strict();

/** Ishikawa 5M: causes on each branch, the root cause(s) marked. */
export const ishikawaSchema = z
  .object({
    method: z.literal('ishikawa'),
    ...analysedBy,
    causes: z
      .array(
        z
          .object({
            branch: z.enum(ishikawaBranches, { error: 'Choisissez la branche (5M).' }),
            cause: requiredText('La cause', 1000),
            retained: z.boolean({ error: 'Valeur invalide.' }),
          })
          .strict(),
      )
      .min(1, 'Écrivez au moins une cause.')
      .max(60, 'Pas plus de 60 causes.'),
  })
  .strict();

/** A plain-text analysis for simple cases: the text states the cause. */
export const textAnalysisSchema = z
  .object({ method: z.literal('texte'), ...analysedBy, text: requiredText('L’analyse des causes', 4000) })
  .strict();

export const analysisFieldsSchema = z.discriminatedUnion('method', [fiveWhysSchema, ishikawaSchema, textAnalysisSchema], {
  error: 'Choisissez une méthode d’analyse.',
});
export type AnalysisFields = z.input<typeof analysisFieldsSchema>;
export const analysisInputSchema = z.object({ id: idSchema, revision: revisionSchema, analysis: analysisFieldsSchema }).strict();

/** The effectiveness check, planned with the actions: on which date, against which criterion. */
export const checkPlanFieldsSchema = z
  .object({
    plannedOn: required(calendarDateSchema, 'Indiquez la date de la vérification.'),
    criterion: requiredText('Le critère d’efficacité', 2000),
  })
  .strict();
export type CheckPlanFields = z.input<typeof checkPlanFieldsSchema>;
export const checkPlanInputSchema = z.object({ id: idSchema, revision: revisionSchema, check: checkPlanFieldsSchema }).strict();

/** The verdict of the check: efficace (the nonconformity closes) or non efficace (back to analysis). */
export const verdictFieldsSchema = z
  .object({
    verdict: z.enum(effectivenessVerdicts, { error: 'Choisissez le verdict.' }),
    checkedOn: required(calendarDateSchema, 'Indiquez la date de la vérification.'),
    checkedById: required(idSchema, 'Indiquez qui a vérifié.'),
    comment: requiredText('Le constat de la vérification', 4000),
  })
  .strict();
export type VerdictFields = z.input<typeof verdictFieldsSchema>;
export const verdictInputSchema = z.object({ id: idSchema, revision: revisionSchema, verdict: verdictFieldsSchema }).strict();
