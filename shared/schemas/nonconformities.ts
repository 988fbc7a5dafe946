import { z } from 'zod';
import { calendarDateSchema, idSchema } from './common';

export const nonconformitySources = ['audit', 'reclamation', 'indicateur', 'quotidien', 'prestataire', 'autre'] as const;
export const nonconformitySeverities = ['majeure', 'mineure', 'observation'] as const;
export const nonconformityStatuses = ['a_traiter', 'en_analyse', 'actions_en_cours', 'verification', 'close'] as const;

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
});
export type NonconformitySummary = z.infer<typeof nonconformitySummarySchema>;

export const nonconformityListQuerySchema = z.object({ status: z.enum(nonconformityStatuses).optional() }).strict();
