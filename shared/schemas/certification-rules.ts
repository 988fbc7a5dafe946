import { z } from 'zod';
import { deadlineBases, ruleFamilies } from '../domain/certification-rules';
import { cycleWarningKinds } from '../domain/cycle-warnings';
import { calendarDateSchema, idSchema } from './common';

const months = (label: string, max: number) =>
  z
    .number({ error: `${label} : indiquez un nombre de mois.` })
    .int(`${label} : un nombre entier de mois.`)
    .min(1, `${label} : au moins 1 mois.`)
    .max(max, `${label} : au plus ${max} mois.`);

const SECOND_AFTER_FIRST = 'Le second délai vient après le premier : il compte depuis la même date.';

const deadlineRuleShape = {
  answerMonths: months('Le premier délai', 24).nullable(),
  followUpMonths: months('Le second délai', 36).nullable(),
};
const secondAfterFirst = (rule: { answerMonths: number | null; followUpMonths: number | null }, ctx: z.RefinementCtx) => {
  if (rule.answerMonths !== null && rule.followUpMonths !== null && rule.followUpMonths < rule.answerMonths) {
    ctx.addIssue({ code: 'custom', path: ['followUpMonths'], message: SECOND_AFTER_FIRST });
  }
};

/** One grade's deadlines under a scheme: what they count from is the body's choice. */
export const deadlineRuleSchema = z
  .object({ ...deadlineRuleShape, from: z.enum(deadlineBases, { error: 'Choisissez le point de départ des délais.' }) })
  .strict()
  .superRefine(secondAfterFirst);

/** A certification's rules (see shared/domain/certification-rules.ts), editable on the certification. */
export const schemeRulesSchema = z
  .object({
    family: z.enum(ruleFamilies, { error: 'Choisissez les règles du schéma.' }),
    renewalMarginMonths: z
      .number({ error: 'La marge avant l’échéance est un nombre de mois.' })
      .int('La marge avant l’échéance est un nombre entier de mois.')
      .min(1, 'Le renouvellement se termine au moins 1 mois avant l’échéance.')
      .max(12, 'La marge avant l’échéance ne dépasse pas 12 mois.'),
    majeure: deadlineRuleSchema,
    mineure: deadlineRuleSchema,
  })
  .strict();

/** The structure's own rule for its internal audits, always counted from the audit's last day. */
export const structureRuleSchema = z
  .object({
    majeure: z
      .object({ ...deadlineRuleShape, from: z.literal('fin_audit', { error: 'Les délais internes comptent depuis la fin de l’audit.' }) })
      .strict()
      .superRefine(secondAfterFirst),
    mineure: z
      .object({ ...deadlineRuleShape, from: z.literal('fin_audit', { error: 'Les délais internes comptent depuis la fin de l’audit.' }) })
      .strict()
      .superRefine(secondAfterFirst),
  })
  .strict();

/** The rule a finding's deadlines follow, for one audit, with the deadlines it proposes by severity. */
export const responseRuleSchema = z.object({
  source: z.enum(['organisme', 'structure']),
  family: z.enum(ruleFamilies).nullable(),
  description: z.string(),
  /** Set when the deadlines count from the report's notification and the audit does not have its date yet. */
  missingNotification: z.boolean(),
  presets: z.object({
    majeure: z.object({ responseDue: calendarDateSchema.nullable(), followUpDue: calendarDateSchema.nullable() }),
    mineure: z.object({ responseDue: calendarDateSchema.nullable(), followUpDue: calendarDateSchema.nullable() }),
  }),
});
export type ResponseRuleView = z.infer<typeof responseRuleSchema>;

export const cycleWarningSchema = z.object({
  key: z.string(),
  kind: z.enum(cycleWarningKinds),
  date: calendarDateSchema,
  message: z.string(),
  auditId: idSchema.nullable(),
});
export type CycleWarningView = z.infer<typeof cycleWarningSchema>;
