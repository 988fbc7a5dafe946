import { addMonths } from 'date-fns';
import type { CycleRules } from './certification';
import { fromCalendarDate, toCalendarDate, type CalendarDate } from './dates';

export const auditTypes = ['interne', 'croise', 'blanc', 'etape_1', 'etape_2', 'surveillance', 'renouvellement', 'complementaire'] as const;
export type AuditType = (typeof auditTypes)[number];

/** Audits the organisation runs itself (the programme of §9.2), as opposed to the certification body's. */
export const internalAuditTypes: readonly AuditType[] = ['interne', 'croise', 'blanc'];
export const isExternalAudit = (type: AuditType): boolean => !internalAuditTypes.includes(type);

export const auditStatuses = ['planifie', 'realise', 'rapport_recu', 'clos', 'annule'] as const;
export type AuditStatus = (typeof auditStatuses)[number];

/** Statuses of an audit that took place (its report may still be awaited). */
export const heldAuditStatuses: readonly AuditStatus[] = ['realise', 'rapport_recu', 'clos'];
export const isHeldAudit = (status: AuditStatus): boolean => heldAuditStatuses.includes(status);

export const checklistResults = ['conforme', 'constat', 'non_vu'] as const;
export type ChecklistResult = (typeof checklistResults)[number];

/** Severity of a nonconformity a finding grade raises (null: not a nonconformity). */
export const ncSeverities = ['majeure', 'mineure'] as const;
export type NcSeverity = (typeof ncSeverities)[number];

/** AFNOR's grades, the default scale; a referential may define its own. */
export const defaultGrades = [
  { code: 'nc_majeure', label: 'NC majeure', ncSeverity: 'majeure' },
  { code: 'nc_mineure', label: 'NC mineure', ncSeverity: 'mineure' },
  { code: 'point_sensible', label: 'Point sensible', ncSeverity: null },
  { code: 'point_vigilance', label: 'Point de vigilance', ncSeverity: null },
  { code: 'piste_progres', label: 'Piste de progrès', ncSeverity: null },
  { code: 'point_fort', label: 'Point fort', ncSeverity: null },
  { code: 'conformite', label: 'Constat de conformité', ncSeverity: null },
] as const satisfies readonly { code: string; label: string; ncSeverity: NcSeverity | null }[];

export const findingStatuses = ['a_traiter', 'repondu', 'leve', 'sans_suite'] as const;
export type FindingStatus = (typeof findingStatuses)[number];

/**
 * Months to answer a nonconformity, by scheme: ISO 9001 practice asks for the action plan within
 * 3 months whatever the severity; Qualiopi, major within 3 months and minor within 6.
 * Null when the grade is not a nonconformity (no deadline is set, the user may add one).
 */
export const responseMonths = (severity: NcSeverity | null, rules: CycleRules): number | null => {
  if (severity === null) return null;
  if (rules === 'qualiopi') return severity === 'majeure' ? 3 : 6;
  return 3;
};

/** The preset response deadline of a finding, counted from the audit's last day. */
export const defaultResponseDeadline = (severity: NcSeverity | null, rules: CycleRules, auditEnd: CalendarDate): CalendarDate | null => {
  const count = responseMonths(severity, rules);
  return count === null ? null : toCalendarDate(addMonths(fromCalendarDate(auditEnd), count));
};
