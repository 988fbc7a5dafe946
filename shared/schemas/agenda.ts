import { z } from 'zod';
import { agendaGroups } from '../domain/agenda';
import { calendarDateSchema, idSchema } from './common';

/** Every kind of dated obligation "À faire" gathers. */
export const agendaKinds = [
  'document_review',
  'document_reads',
  'audit',
  'audit_preparation',
  'certification_renewal',
  'certification_expiry',
  'finding_response',
  'finding_follow_up',
  'certification_warning',
  'action',
  'effectiveness_check',
  'complaint',
  'measurement',
  'training_expiry',
  'training_planned',
  'training_evaluation',
  'provider_evaluation',
  'survey_analysis',
  'issue_review',
  'party_review',
  'risk_review',
  'risk_reevaluation',
  'watch_source',
] as const;
export type AgendaKind = (typeof agendaKinds)[number];

export const agendaItemSchema = z.object({
  /** Stable across exports: the kind and the record (`action:42`), the calendar's UID. */
  key: z.string(),
  kind: z.enum(agendaKinds),
  /** The record to open. */
  route: z.string(),
  reference: z.string().nullable(),
  /** The record's own words (document title, action description…). */
  label: z.string(),
  /** A detail the sentence needs: audit type, version indice, grade, action type… */
  detail: z.string().nullable(),
  /** How many: people who have not read the version yet. */
  count: z.number().int().nullable(),
  due: calendarDateSchema,
  group: z.enum(agendaGroups),
  daysLate: z.number().int(),
  responsibleId: idSchema.nullable(),
  responsibleName: z.string().nullable(),
  processId: idSchema.nullable(),
  processName: z.string().nullable(),
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

export const agendaSummarySchema = z.object({
  documentsInForce: z.number().int(),
  documentsReviewedOnTime: z.number().int(),
  openNonconformities: z.object({ majeure: z.number().int(), mineure: z.number().int(), observation: z.number().int() }),
  overdueActions: z.number().int(),
  nextExternalAudit: z
    .object({ id: idSchema, reference: z.string(), type: z.string(), date: calendarDateSchema, inDays: z.number().int() })
    .nullable(),
});
export type AgendaSummary = z.infer<typeof agendaSummarySchema>;

/** Old overdue obligations of one kind, counted rather than listed (`splitBacklog`). */
export const agendaBacklogSchema = z.object({
  kind: z.enum(agendaKinds),
  count: z.number().int(),
  oldestDue: calendarDateSchema,
  /** The register to open, filtered on what is late where it can be. */
  route: z.string(),
});
export type AgendaBacklog = z.infer<typeof agendaBacklogSchema>;

export const agendaSchema = z.object({
  today: calendarDateSchema,
  horizonEnd: calendarDateSchema,
  /** Items due from this day on are listed; older overdue ones are in `backlog`. */
  listedSince: calendarDateSchema,
  items: z.array(agendaItemSchema),
  backlog: z.array(agendaBacklogSchema),
  /** Per group, the overdue group counting the backlog too. */
  counts: z.record(z.enum(agendaGroups), z.number().int()),
  summary: agendaSummarySchema,
});
export type Agenda = z.infer<typeof agendaSchema>;

export const agendaQuerySchema = z
  .object({
    horizonDays: z
      .number({ error: 'Horizon invalide.' })
      .int()
      .min(1, 'L’horizon est d’au moins 1 jour.')
      .max(731, 'L’horizon ne dépasse pas deux ans.')
      .optional(),
    personId: idSchema.optional(),
    /**
     * With `personId` (« Mes tâches »): also what nobody is responsible for — an external audit to
     * prepare, an effectiveness check, a finding to answer, a cycle warning — which falls to the
     * quality lead; the screen shows them apart, under « Sans responsable ».
     */
    withUnassigned: z.boolean({ error: 'Valeur invalide.' }).optional(),
    processId: idSchema.optional(),
    kinds: z
      .array(z.enum(agendaKinds, { error: 'Type d’échéance inconnu.' }))
      .max(agendaKinds.length)
      .optional(),
  })
  .strict();
export type AgendaQuery = z.infer<typeof agendaQuerySchema>;

/** This computer's reminder setting: desktop notifications, and the banner in browser mode. */
export const remindersSchema = z.object({ enabled: z.boolean(), lastShownOn: calendarDateSchema.nullable() });
export type Reminders = z.infer<typeof remindersSchema>;
export const remindersUpdateSchema = z.object({ enabled: z.boolean({ error: 'Valeur invalide.' }) }).strict();
/** The day a reminder was shown (desktop notification). */
export const reminderShownSchema = z.object({ day: calendarDateSchema }).strict();
