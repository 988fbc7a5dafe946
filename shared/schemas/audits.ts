import { z } from 'zod';
import { auditStatuses, auditTypes, checklistResults, findingStatuses, gradeAnswers, ncSeverities } from '../domain/audits';
import { actionStatuses } from '../domain/actions';
import { calendarDateSchema, idSchema, optionalLine, optionalText, required, requiredLine, requiredText } from './common';
import { opaqueIdSchema } from './pack';
import { limitSchema, pickingFields } from './paging';

const revisionSchema = z.number({ error: 'Révision invalide.' }).int().nonnegative();
const named = z.object({ id: idSchema, name: z.string() });

// Certifications and their cycle live in ./certifications; audits' callers keep importing them from here.
export * from './certifications';

// Audits -----------------------------------------------------------------------------------------

export const auditorSchema = z.object({ personId: idSchema.nullable(), name: z.string() });

export const auditSchema = z.object({
  id: idSchema,
  reference: z.string(),
  certificationId: idSchema.nullable(),
  certificationScheme: z.string().nullable(),
  type: z.enum(auditTypes),
  title: z.string().nullable(),
  startDate: calendarDateSchema,
  endDate: calendarDateSchema,
  /** The day the body notified its report: Qualiopi deadlines count from it. */
  reportNotifiedOn: calendarDateSchema.nullable(),
  status: z.enum(auditStatuses),
  leadAuditor: auditorSchema.nullable(),
  auditors: z.array(auditorSchema),
  auditees: z.array(named),
  processes: z.array(named),
  requirements: z.array(z.object({ id: idSchema, number: z.string(), title: z.string() })),
  windowStart: calendarDateSchema.nullable(),
  windowEnd: calendarDateSchema.nullable(),
  cycleSlot: z.string().nullable(),
  notes: z.string().nullable(),
  /** An internal audit's report (ISO 19011 §6.5): objectives, criteria, conclusion, the auditee's acknowledgement. */
  report: z.object({
    objectives: z.string().nullable(),
    criteria: z.string().nullable(),
    conclusion: z.string().nullable(),
    signedOffBy: named.nullable(),
    signedOffOn: calendarDateSchema.nullable(),
  }),
  findingCounts: z.record(z.string(), z.number().int()),
  revision: z.number().int(),
});
export type Audit = z.infer<typeof auditSchema>;

/** What an internal audit's report says beyond its findings, and who among the audited acknowledged it, when. */
export const auditReportFieldsSchema = z
  .object({
    objectives: optionalText('Les objectifs de l’audit', 4000),
    criteria: optionalText('Les critères d’audit', 4000),
    conclusion: optionalText('La conclusion', 4000),
    signedOffById: idSchema.nullable(),
    signedOffOn: calendarDateSchema.nullable(),
  })
  .strict()
  .superRefine((fields, ctx) => {
    if (fields.signedOffById !== null && fields.signedOffOn === null)
      ctx.addIssue({ code: 'custom', path: ['signedOffOn'], message: 'Indiquez la date de la validation par l’audité.' });
    if (fields.signedOffById === null && fields.signedOffOn !== null)
      ctx.addIssue({ code: 'custom', path: ['signedOffById'], message: 'Choisissez l’audité qui a validé le rapport.' });
  });
export type AuditReportFields = z.input<typeof auditReportFieldsSchema>;
export const auditReportUpdateSchema = z.object({ id: idSchema, revision: revisionSchema, fields: auditReportFieldsSchema }).strict();

/** Someone on the audit team: a person of the directory, or an external auditor by name. */
export const auditorInputSchema = z
  .object({ personId: idSchema.nullable(), externalName: optionalLine('Le nom de l’auditeur', 120) })
  .strict()
  .refine(
    (auditor) => (auditor.personId === null) !== (auditor.externalName === null),
    'Choisissez une personne ou écrivez le nom d’un auditeur externe.',
  );

export const auditFieldsSchema = z
  .object({
    type: z.enum(auditTypes, { error: 'Choisissez un type d’audit.' }),
    certificationId: idSchema.nullable(),
    title: optionalLine('L’intitulé', 200),
    startDate: required(calendarDateSchema, 'Indiquez la date de début.'),
    endDate: required(calendarDateSchema, 'Indiquez la date de fin.'),
    /** Absent when editing: the date stays as it was. */
    reportNotifiedOn: calendarDateSchema.nullable().optional(),
    status: z.enum(auditStatuses, { error: 'Choisissez un statut.' }),
    leadAuditor: auditorInputSchema.nullable(),
    auditors: z.array(auditorInputSchema).max(20, 'Pas plus de 20 auditeurs.'),
    auditeeIds: z.array(idSchema).max(100, 'Pas plus de 100 audités.'),
    processIds: z.array(idSchema).max(100, 'Pas plus de 100 processus.'),
    requirementIds: z.array(idSchema).max(500, 'Pas plus de 500 exigences.'),
    notes: optionalText('Les notes', 4000),
  })
  .strict()
  .superRefine((fields, ctx) => {
    if (fields.startDate && fields.endDate && fields.endDate < fields.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'La fin de l’audit ne peut pas précéder son début.' });
    }
    if (fields.reportNotifiedOn && fields.endDate && fields.reportNotifiedOn < fields.endDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['reportNotifiedOn'],
        message: 'Le rapport est notifié après l’audit : la date de notification ne peut pas précéder la fin de l’audit.',
      });
    }
  });
export type AuditFields = z.input<typeof auditFieldsSchema>;
export const auditUpdateSchema = z.object({ id: idSchema, revision: revisionSchema, fields: auditFieldsSchema }).strict();
export const auditListQuerySchema = z
  .object({
    certificationId: idSchema.optional(),
    year: z.number().int().min(2000).max(2100).optional(),
    includeCancelled: z.boolean().optional(),
    // A picker's question (the audit a finding belongs to, the one a checklist is copied from): the
    // first `limit` audits matching the typed words, or those named by `ids`.
    ...pickingFields,
    limit: limitSchema,
  })
  .strict();

// Programme ------------------------------------------------------------------------------------

const programmeAuditSchema = z.object({
  id: idSchema,
  reference: z.string(),
  startDate: calendarDateSchema,
  status: z.enum(auditStatuses),
});

export const programmeSchema = z.object({
  cycle: z.object({ from: calendarDateSchema, to: calendarDateSchema, certificationId: idSchema.nullable() }),
  /** The internal audits of the cycle, by date. */
  audits: z.array(programmeAuditSchema),
  processes: z.array(
    z.object({
      id: idSchema,
      name: z.string(),
      pilotName: z.string().nullable(),
      audits: z.array(programmeAuditSchema),
    }),
  ),
  /** Chapters (depth 0) and clauses (depth 1) of the programme's referentials, with the audits covering each. */
  requirements: z.object({
    referentials: z.array(z.object({ id: idSchema, name: z.string(), edition: z.string() })),
    rows: z.array(
      z.object({
        id: idSchema,
        number: z.string(),
        title: z.string(),
        depth: z.number().int().min(0).max(1),
        applicable: z.boolean(),
        auditIds: z.array(idSchema),
      }),
    ),
  }),
  warnings: z.array(
    z.object({
      kind: z.enum(['process_not_audited', 'auditor_owns_process']),
      auditId: idSchema.nullable(),
      processId: idSchema,
      message: z.string(),
    }),
  ),
});
export type AuditProgramme = z.infer<typeof programmeSchema>;
export const programmeQuerySchema = z.object({ certificationId: idSchema.optional() }).strict();

// Checklists -------------------------------------------------------------------------------------

export const checklistItemSchema = z.object({
  id: idSchema,
  position: z.number().int(),
  requirementId: idSchema.nullable(),
  requirementLabel: z.string().nullable(),
  processId: idSchema.nullable(),
  processName: z.string().nullable(),
  question: z.string(),
  result: z.enum(checklistResults).nullable(),
  comment: z.string().nullable(),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const checklistItemFieldsSchema = z
  .object({
    requirementId: idSchema.nullable(),
    processId: idSchema.nullable(),
    question: requiredText('La question', 1000),
    result: z.enum(checklistResults, { error: 'Résultat inconnu.' }).nullable(),
    comment: optionalText('Le commentaire', 2000),
  })
  .strict();
export type ChecklistItemFields = z.input<typeof checklistItemFieldsSchema>;
export const checklistAddSchema = z.object({ auditId: idSchema, fields: checklistItemFieldsSchema }).strict();
export const checklistUpdateSchema = z.object({ id: idSchema, fields: checklistItemFieldsSchema }).strict();
export const checklistCopySchema = z.object({ fromAuditId: idSchema, toAuditId: idSchema }).strict();
export const checklistMoveSchema = z.object({ id: idSchema, direction: z.enum(['up', 'down']) }).strict();

// Findings ---------------------------------------------------------------------------------------

export const gradeSchema = z.object({
  id: idSchema,
  code: z.string(),
  label: z.string(),
  rank: z.number().int(),
  ncSeverity: z.enum(ncSeverities).nullable(),
  answer: z.enum(gradeAnswers),
});
export type FindingGrade = z.infer<typeof gradeSchema>;

export const findingSchema = z.object({
  id: idSchema,
  auditId: idSchema,
  auditReference: z.string(),
  grade: gradeSchema,
  requirementId: idSchema.nullable(),
  requirementLabel: z.string().nullable(),
  processId: idSchema.nullable(),
  processName: z.string().nullable(),
  description: z.string(),
  evidence: z.string().nullable(),
  responseDue: calendarDateSchema.nullable(),
  /** The second deadline: implementation of the actions, or the body's verification. */
  followUpDue: calendarDateSchema.nullable(),
  status: z.enum(findingStatuses),
  nonconformity: z.object({ id: idSchema, reference: z.string(), status: z.string() }).nullable(),
  /** Actions of the plan started from this finding (a piste de progrès, a point sensible…). */
  actions: z.array(z.object({ id: idSchema, reference: z.string(), status: z.enum(actionStatuses) })),
  revision: z.number().int(),
});
export type Finding = z.infer<typeof findingSchema>;

export const findingFieldsSchema = z
  .object({
    gradeId: required(idSchema, 'Choisissez la cotation du constat.'),
    requirementId: idSchema.nullable(),
    processId: idSchema.nullable(),
    description: requiredText('La description du constat', 4000),
    evidence: optionalText('La preuve d’audit', 4000),
    responseDue: calendarDateSchema.nullable(),
    followUpDue: calendarDateSchema.nullable().optional(),
    status: z.enum(findingStatuses, { error: 'Choisissez un statut.' }),
  })
  .strict()
  .superRefine((fields, ctx) => {
    if (fields.responseDue && fields.followUpDue && fields.followUpDue < fields.responseDue) {
      ctx.addIssue({ code: 'custom', path: ['followUpDue'], message: 'Le second délai ne peut pas précéder le premier.' });
    }
  });
export type FindingFields = z.input<typeof findingFieldsSchema>;
export const findingAddSchema = z.object({ auditId: idSchema, fields: findingFieldsSchema }).strict();
export const findingUpdateSchema = z.object({ id: idSchema, revision: revisionSchema, fields: findingFieldsSchema }).strict();
export const gradesQuerySchema = z.object({ auditId: idSchema }).strict();
export const responseRuleQuerySchema = z.object({ auditId: idSchema }).strict();

/** A single-record PDF: one audit's report (rapport d'audit), drawn as the evidence pack draws it. */
export const auditReportStartSchema = z.object({ auditId: idSchema, targetId: opaqueIdSchema.optional() }).strict();

// Grading scales -----------------------------------------------------------------------------------

export const gradeScaleSchema = z.object({ referentialId: idSchema, custom: z.boolean(), grades: z.array(gradeSchema) });
export type GradeScale = z.infer<typeof gradeScaleSchema>;
export const gradeScaleQuerySchema = z.object({ referentialId: idSchema }).strict();
export const gradeScaleResetSchema = gradeScaleQuerySchema;

/** A referential's own scale, best grade last or first as the user orders it; `code` keeps an existing grade. */
export const gradeScaleUpdateSchema = z
  .object({
    referentialId: idSchema,
    grades: z
      .array(
        z
          .object({
            code: z.string().max(40).nullable(),
            label: requiredLine('Le libellé de la cotation', 80),
            ncSeverity: z.enum(ncSeverities, { error: 'Gravité inconnue.' }).nullable(),
            /** Absent: an NC grade calls for an answer, another is to be taken into account. */
            answer: z.enum(gradeAnswers, { error: 'Réponse attendue inconnue.' }).optional(),
          })
          .strict(),
      )
      .min(1, 'Une échelle a au moins une cotation.')
      .max(20, 'Pas plus de 20 cotations.'),
  })
  .strict();
export type GradeScaleUpdate = z.input<typeof gradeScaleUpdateSchema>;
