import { z } from 'zod';
import { likelyGrades } from '../domain/readiness/types';
import { calendarDateSchema, idSchema } from './common';
import { opaqueIdSchema } from './pack';

/** Which audit « Prêt pour l'audit ? » prepares: one audit, or a day; neither: the next certification audit, else today. */
export const readinessQuerySchema = z.object({ auditId: idSchema.optional(), date: calendarDateSchema.optional() }).strict();
export type ReadinessQuery = z.infer<typeof readinessQuerySchema>;

export const readinessPdfStartSchema = readinessQuerySchema.extend({ targetId: opaqueIdSchema.optional() }).strict();

const figureSchema = z.object({ majeure: z.number().int(), mineure: z.number().int(), sensible: z.number().int() });
const gradeSchema = z.enum(likelyGrades);

export const readinessItemSchema = z.object({
  ruleId: z.string(),
  key: z.string(),
  what: z.string(),
  evidence: z.string(),
  link: z.string(),
  cites: z.string(),
  grade: gradeSchema,
  gradeLabel: z.string(),
});

export const readinessSchema = z.object({
  asOf: calendarDateSchema,
  audit: z.object({ id: z.number().int(), reference: z.string(), type: z.string(), startDate: calendarDateSchema }).nullable(),
  lastBodyAudit: z.object({ id: z.number().int(), reference: z.string(), startDate: calendarDateSchema }).nullable(),
  scale: z.object({ majeure: z.string(), mineure: z.string(), sensible: z.string() }),
  figure: figureSchema,
  /** The same checks run on the last body audit's day: where the structure stood then. */
  before: figureSchema.nullable(),
  groups: z.array(
    z.object({
      requirement: z.object({ id: z.number().int().nullable(), number: z.string(), title: z.string() }),
      items: z.array(readinessItemSchema),
    }),
  ),
});
export type Readiness = z.infer<typeof readinessSchema>;
