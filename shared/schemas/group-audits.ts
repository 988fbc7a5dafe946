import { z } from 'zod';
import { auditStatuses, auditTypes } from '../domain/audits';
import { crossAuditStates, crossAuditStatuses } from '../domain/cross-audits';
import { memberSamplingStates } from '../domain/group-sampling';
import { calendarDateSchema, idSchema, requiredLine, requiredText } from './common';

/** The members a certification body's audit of the group's cycle sampled (or will sample); replaces the audit's list. */
export const samplingRecordSchema = z
  .object({
    auditId: idSchema,
    memberIds: z.array(idSchema, { error: 'Choisissez les membres échantillonnés.' }).max(200, 'Au plus 200 membres par audit.'),
  })
  .strict();
export type SamplingRecordInput = z.input<typeof samplingRecordSchema>;

/** The group certification's cycle: its audits and whom they sample, each member's place, what is still due. */
export const groupSamplingSchema = z.object({
  /** The group certification whose cycle this is (the one in force today, else the latest); null: none recorded. */
  certification: z
    .object({
      id: idSchema,
      scheme: z.string(),
      certificateNumber: z.string().nullable(),
      decisionDate: calendarDateSchema.nullable(),
      expiryDate: calendarDateSchema.nullable(),
    })
    .nullable(),
  sampledPerAudit: z.number().int().nullable(),
  audits: z.array(
    z.object({
      auditId: idSchema,
      reference: z.string(),
      type: z.enum(auditTypes),
      startDate: calendarDateSchema,
      endDate: calendarDateSchema,
      status: z.enum(auditStatuses),
      held: z.boolean(),
      members: z.array(z.object({ memberId: idSchema, name: z.string() })),
    }),
  ),
  members: z.array(
    z.object({
      memberId: idSchema,
      name: z.string(),
      state: z.enum(memberSamplingStates),
      sampledAt: z.array(z.string()),
      plannedAt: z.array(z.string()),
    }),
  ),
  /** Audits of the cycle still to hold: recorded and not held, and those the cycle still expects. */
  remainingAudits: z.number().int(),
  toSample: z.number().int(),
  /** Why the remaining audits cannot sample every member still due (French); null when they can. */
  shortfall: z.string().nullable(),
});
export type GroupSampling = z.infer<typeof groupSamplingSchema>;

export const crossAuditPlanSchema = z
  .object({
    auditorMemberId: idSchema,
    auditorName: requiredLine('Le nom de l’auditeur', 160),
    auditeeMemberId: idSchema,
    plannedOn: calendarDateSchema,
    scope: requiredText('Le champ de l’audit', 2000),
  })
  .strict();
export type CrossAuditPlanInput = z.input<typeof crossAuditPlanSchema>;

export const crossAuditDoneSchema = z
  .object({ id: idSchema, doneOn: calendarDateSchema, conclusion: requiredText('La conclusion', 2000) })
  .strict();
export type CrossAuditDoneInput = z.input<typeof crossAuditDoneSchema>;

export const crossAuditCancelSchema = z
  .object({ id: idSchema, cancelledOn: calendarDateSchema, reason: requiredText('La raison de l’annulation', 2000) })
  .strict();
export type CrossAuditCancelInput = z.input<typeof crossAuditCancelSchema>;

export const crossAuditSchema = z.object({
  id: idSchema,
  auditorMemberId: idSchema,
  auditorMemberName: z.string(),
  auditorName: z.string(),
  auditeeMemberId: idSchema,
  auditeeMemberName: z.string(),
  plannedOn: calendarDateSchema,
  scope: z.string(),
  status: z.enum(crossAuditStatuses),
  /** The status as of today: a planned one whose day has passed is « en retard ». */
  state: z.enum(crossAuditStates),
  doneOn: calendarDateSchema.nullable(),
  conclusion: z.string().nullable(),
  cancelledOn: calendarDateSchema.nullable(),
  cancelReason: z.string().nullable(),
});
export type CrossAudit = z.infer<typeof crossAuditSchema>;
