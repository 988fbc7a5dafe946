import { z } from 'zod';
import { certificationStatuses, cycleSlots } from '../domain/certification';
import { ruleFamilies } from '../domain/certification-rules';
import { cycleWarningSchema, schemeRulesSchema } from './certification-rules';
import { calendarDateSchema, idSchema, optionalLine, optionalText, requiredLine } from './common';

const revisionSchema = z.number({ error: 'Révision invalide.' }).int().nonnegative();

export const certificationSchema = z.object({
  id: idSchema,
  scheme: z.string(),
  referentialId: idSchema.nullable(),
  referentialName: z.string().nullable(),
  body: z.string().nullable(),
  certificateNumber: z.string().nullable(),
  decisionDate: calendarDateSchema.nullable(),
  expiryDate: calendarDateSchema.nullable(),
  status: z.enum(certificationStatuses),
  isGroup: z.boolean(),
  groupName: z.string().nullable(),
  centralFunction: z.string().nullable(),
  otherMembers: z.string().nullable(),
  /** The scheme's rules: the ones saved on the certification, else its family's defaults. */
  rules: schemeRulesSchema,
  revision: z.number().int(),
});
export type Certification = z.infer<typeof certificationSchema>;

export const certificationFieldsSchema = z
  .object({
    scheme: requiredLine('Le schéma de certification', 120),
    referentialId: idSchema.nullable(),
    body: optionalLine('L’organisme certificateur', 160),
    certificateNumber: optionalLine('Le numéro de certificat', 80),
    decisionDate: calendarDateSchema.nullable(),
    expiryDate: calendarDateSchema.nullable(),
    status: z.enum(certificationStatuses, { error: 'Choisissez un statut.' }),
    isGroup: z.boolean({ error: 'Valeur invalide.' }),
    groupName: optionalLine('Le nom du groupe', 160),
    centralFunction: optionalLine('La fonction centrale', 160),
    otherMembers: optionalText('Les autres membres', 4000),
    /** Absent or null: the defaults of the scheme's family (Qualiopi or ISO/IEC 17021-1). */
    rules: schemeRulesSchema.nullable().optional(),
  })
  .strict()
  .superRefine((fields, ctx) => {
    if (fields.decisionDate && fields.expiryDate && fields.expiryDate <= fields.decisionDate) {
      ctx.addIssue({ code: 'custom', path: ['expiryDate'], message: 'L’échéance du certificat vient après la décision de certification.' });
    }
    if (fields.status === 'certifie' && (!fields.decisionDate || !fields.expiryDate)) {
      const path = fields.decisionDate ? 'expiryDate' : 'decisionDate';
      ctx.addIssue({ code: 'custom', path: [path], message: 'Un certificat en cours a une date de décision et une date d’échéance.' });
    }
    if (fields.isGroup && !fields.groupName) {
      ctx.addIssue({ code: 'custom', path: ['groupName'], message: 'Nommez le groupe certifié ensemble.' });
    }
  });
export type CertificationFields = z.input<typeof certificationFieldsSchema>;
export const certificationUpdateSchema = z.object({ id: idSchema, revision: revisionSchema, fields: certificationFieldsSchema }).strict();

/** One audit of the cycle as the planner proposes it, with the audit that fills it (held or planned) if any. */
export const cycleProposalSchema = z.object({
  slot: z.enum(cycleSlots),
  type: z.enum(['surveillance', 'renouvellement']),
  windowStart: calendarDateSchema,
  windowEnd: calendarDateSchema,
  proposedDate: calendarDateSchema,
  alertDate: calendarDateSchema,
  plannedAuditId: idSchema.nullable(),
  auditDate: calendarDateSchema.nullable(),
  held: z.boolean(),
  windowPassed: z.boolean(),
});
export type CycleProposal = z.infer<typeof cycleProposalSchema>;

export const cyclePlanSchema = z.object({
  certificationId: idSchema,
  family: z.enum(ruleFamilies),
  renewalMarginMonths: z.number().int(),
  proposals: z.array(cycleProposalSchema),
  restoration: z.object({ from: calendarDateSchema, until: calendarDateSchema, state: z.enum(['possible', 'depassee']) }).nullable(),
  /** What the rules say is wrong or at risk, in words, by date. */
  warnings: z.array(cycleWarningSchema),
});
export type CyclePlan = z.infer<typeof cyclePlanSchema>;

export const acceptProposalsSchema = z
  .object({
    certificationId: idSchema,
    slots: z.array(z.enum(cycleSlots)).min(1, 'Choisissez au moins un audit.'),
  })
  .strict();
