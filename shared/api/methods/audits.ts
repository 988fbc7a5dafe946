import { z } from 'zod';
import {
  auditFieldsSchema,
  auditReportStartSchema,
  auditListQuerySchema,
  auditReportUpdateSchema,
  auditSchema,
  auditUpdateSchema,
  checklistAddSchema,
  checklistCopySchema,
  checklistMoveSchema,
  checklistItemSchema,
  checklistUpdateSchema,
  findingAddSchema,
  findingSchema,
  findingUpdateSchema,
  gradeScaleQuerySchema,
  gradeScaleResetSchema,
  gradeScaleSchema,
  gradeScaleUpdateSchema,
  gradeSchema,
  gradesQuerySchema,
  programmeQuerySchema,
  programmeSchema,
  responseRuleQuerySchema,
} from '../../schemas/audits';
import { responseRuleSchema, structureRuleSchema } from '../../schemas/certification-rules';
import { packStartedSchema } from '../../schemas/pack';
import { byIdSchema, emptyInput, idSchema, requiredText } from '../../schemas/common';
import { method } from '../method';

const auditRef = z.object({ auditId: idSchema }).strict();
const revisionStep = z.object({ id: idSchema, revision: z.number({ error: 'Révision invalide.' }).int().nonnegative() }).strict();

export const auditsMethods = {
  'audits.list': method(auditListQuerySchema, z.array(auditSchema), false),
  'audits.get': method(byIdSchema, auditSchema, false),
  'audits.create': method(auditFieldsSchema, auditSchema, true),
  'audits.update': method(auditUpdateSchema, auditSchema, true),
  /** An internal audit's report: objectives, criteria, conclusion and the auditee's acknowledgement. */
  'audits.saveReport': method(auditReportUpdateSchema, auditSchema, true),
  'audits.cancel': method(revisionStep.extend({ comment: requiredText('Le motif', 2000) }).strict(), auditSchema, true),
  'audits.delete': method(revisionStep, z.null(), true),
  'audits.programme': method(programmeQuerySchema, programmeSchema, false),
  'audits.checklist': method(auditRef, z.array(checklistItemSchema), false),
  'audits.addChecklistItem': method(checklistAddSchema, checklistItemSchema, true),
  'audits.updateChecklistItem': method(checklistUpdateSchema, checklistItemSchema, true),
  'audits.removeChecklistItem': method(byIdSchema, z.null(), true),
  'audits.copyChecklist': method(checklistCopySchema, z.array(checklistItemSchema), true),
  'audits.moveChecklistItem': method(checklistMoveSchema, z.array(checklistItemSchema), true),
  'audits.grades': method(gradesQuerySchema, z.array(gradeSchema), false),
  'audits.gradeScale': method(gradeScaleQuerySchema, gradeScaleSchema, false),
  'audits.setGradeScale': method(gradeScaleUpdateSchema, gradeScaleSchema, true),
  'audits.resetGradeScale': method(gradeScaleResetSchema, gradeScaleSchema, true),
  'audits.findings': method(auditRef, z.array(findingSchema), false),
  'audits.addFinding': method(findingAddSchema, findingSchema, true),
  'audits.updateFinding': method(findingUpdateSchema, findingSchema, true),
  /** Whose rule sets the audit's finding deadlines (the scheme's, or the structure's for an internal audit), and its presets. */
  'audits.responseRule': method(responseRuleQuerySchema, responseRuleSchema, false),
  /** The structure's own rule for the findings of its internal audits. */
  'audits.structureRule': method(emptyInput, structureRuleSchema, false),
  'audits.setStructureRule': method(structureRuleSchema, structureRuleSchema, true),
  /** The audit's report as a PDF: a job, followed with `pack.progress` like every PDF export. */
  'audits.startReport': method(auditReportStartSchema, packStartedSchema, false),
} as const;
