import { z } from 'zod';
import { outOfOrder } from '../domain/dates';
import { issueEffects, issueGroupings, issueNatures } from '../domain/issues';
import { partyRelevances } from '../domain/parties';
import { registerStatuses } from '../domain/register-life';
import { watchDecisions, watchImpacts } from '../domain/watch';
import { calendarDateSchema, idSchema, optionalLine, optionalText, required, requiredLine, requiredText } from './common';
import { revisionSchema } from './register-life';

/** One issue of the structure's context (§4.1). */
export const issueSchema = z.object({
  id: idSchema,
  title: z.string(),
  description: z.string().nullable(),
  nature: z.enum(issueNatures),
  effect: z.enum(issueEffects),
  heading: z.string().nullable(),
  /** Where it was learnt: a meeting, a report, the watch… */
  source: z.string().nullable(),
  identifiedOn: calendarDateSchema,
  lastReviewedOn: calendarDateSchema.nullable(),
  reviewDue: calendarDateSchema,
  status: z.enum(registerStatuses),
  retiredOn: calendarDateSchema.nullable(),
  retireReason: z.string().nullable(),
  /** Active and due for review before today. */
  reviewLate: z.boolean(),
  /** Risks and opportunities seen from this issue. */
  riskCount: z.number().int(),
  revision: z.number().int(),
});
export type Issue = z.infer<typeof issueSchema>;

export const issueFieldsSchema = z
  .object({
    title: requiredLine('L’intitulé de l’enjeu', 200),
    description: optionalText('La description', 4000),
    nature: z.enum(issueNatures, { error: 'Choisissez si l’enjeu est interne ou externe.' }),
    effect: z.enum(issueEffects, { error: 'Choisissez si l’enjeu est favorable ou défavorable.' }),
    heading: optionalLine('La rubrique', 80),
    source: optionalLine('La source', 200),
    identifiedOn: required(calendarDateSchema, 'Indiquez la date à laquelle l’enjeu a été identifié.'),
    reviewDue: required(calendarDateSchema, 'Indiquez la date de la prochaine revue.'),
  })
  .strict()
  .superRefine((fields, ctx) => {
    if (fields.identifiedOn && fields.reviewDue && fields.reviewDue < fields.identifiedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['reviewDue'],
        message: outOfOrder('La prochaine revue', fields.reviewDue, 'l’identification de l’enjeu', fields.identifiedOn),
      });
    }
  });
export type IssueFields = z.input<typeof issueFieldsSchema>;
export const issueUpdateSchema = z.object({ id: idSchema, revision: revisionSchema, fields: issueFieldsSchema }).strict();

/** Filters of the issues register; every one optional. */
export const issueListQuerySchema = z
  .object({
    nature: z.enum(issueNatures).optional(),
    effect: z.enum(issueEffects).optional(),
    /** Retired issues are left out unless asked for. */
    includeRetired: z.boolean().optional(),
    reviewLateOnly: z.boolean().optional(),
    search: optionalLine('La recherche', 200).optional(),
  })
  .strict();
export type IssueListQuery = z.input<typeof issueListQuerySchema>;

/** The answer to "is climate change a relevant issue?" (§4.1, Amendment 1:2024), dated; the latest by date stands. */
export const climateAnswerSchema = z.object({
  id: idSchema,
  answeredOn: calendarDateSchema,
  relevant: z.boolean(),
  justification: z.string(),
});
export type ClimateAnswer = z.infer<typeof climateAnswerSchema>;

export const climateAnswerFieldsSchema = z
  .object({
    answeredOn: required(calendarDateSchema, 'Indiquez la date de la réponse.'),
    relevant: required(z.boolean({ error: 'Répondez par oui ou par non.' }), 'Répondez par oui ou par non.'),
    justification: requiredText('La justification', 4000),
  })
  .strict();
export type ClimateAnswerFields = z.input<typeof climateAnswerFieldsSchema>;

/** How the context reads as a whole: the grouping chosen, and the climate question's answers, latest first. */
export const contextOverviewSchema = z.object({
  grouping: z.enum(issueGroupings),
  climate: z.array(climateAnswerSchema),
});
export type ContextOverview = z.infer<typeof contextOverviewSchema>;

export const groupingSchema = z
  .object({ grouping: z.enum(issueGroupings, { error: 'Choisissez un regroupement : SWOT ou PESTEL.' }) })
  .strict();

/**
 * How the context changed over a period (§9.3.2 b), read as of a day: issues and parties that
 * entered or left the registers, the climate answer standing, the watch items noticed.
 */
export const contextChangesSchema = z.object({
  issuesInForce: z.number().int(),
  issuesAdded: z.array(
    z.object({
      id: idSchema,
      title: z.string(),
      nature: z.enum(issueNatures),
      effect: z.enum(issueEffects),
      identifiedOn: calendarDateSchema,
    }),
  ),
  issuesRetired: z.array(z.object({ id: idSchema, title: z.string(), retiredOn: calendarDateSchema, reason: z.string() })),
  partiesInForce: z.number().int(),
  partiesAdded: z.array(z.object({ id: idSchema, name: z.string(), relevance: z.enum(partyRelevances), identifiedOn: calendarDateSchema })),
  partiesRetired: z.array(z.object({ id: idSchema, name: z.string(), retiredOn: calendarDateSchema, reason: z.string() })),
  climate: climateAnswerSchema.nullable(),
  watchItems: z.array(
    z.object({
      id: idSchema,
      reference: z.string(),
      noticedOn: calendarDateSchema,
      title: z.string(),
      impact: z.enum(watchImpacts).nullable(),
      decision: z.enum(watchDecisions).nullable(),
    }),
  ),
});
export type ContextChanges = z.infer<typeof contextChangesSchema>;
