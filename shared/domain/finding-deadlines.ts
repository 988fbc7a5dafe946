import { isExternalAudit, type AuditType, type NcSeverity } from './audits';
import {
  defaultSchemeRules,
  presetDeadlines,
  type DeadlineBase,
  type PresetDeadlines,
  type RuleFamily,
  type SchemeRules,
  type StructureRule,
} from './certification-rules';
import { describeRules } from './certification-words';
import type { CalendarDate } from './dates';

/** Whose rule sets a finding's deadlines: the body's scheme (external audits) or the structure's own (internal audits). */
export type ResponseRule =
  | { source: 'organisme'; family: RuleFamily; rules: SchemeRules; description: string }
  | { source: 'structure'; family: null; rules: StructureRule; description: string };

/**
 * Internal audits (interne, croisé, blanc) follow the structure's own rule; the body's audits follow
 * their certification's scheme, or ISO/IEC 17021-1 practice when no certification is named.
 */
export const responseRuleFor = (auditType: AuditType, schemeRules: SchemeRules | null, structure: StructureRule): ResponseRule => {
  if (!isExternalAudit(auditType))
    return { source: 'structure', family: null, rules: structure, description: describeRules(structure, null) };
  const rules = schemeRules ?? defaultSchemeRules('iso17021');
  return { source: 'organisme', family: rules.family, rules, description: describeRules(rules, rules.family) };
};

/** The audit dates the deadlines count from. */
export type AuditDeadlineDates = { type: AuditType; endDate: CalendarDate; reportNotifiedOn: CalendarDate | null };

/** What a grade's deadlines count from under this rule. */
export const deadlineBaseOf = (rule: ResponseRule, severity: NcSeverity): DeadlineBase => rule.rules[severity].from;

/**
 * The preset deadlines of a finding: none unless its grade opens an NC. Under ISO/IEC 17021-1 a
 * renewal's major NC is verified before the certificate expires (§9.6.3.2.3), so `expiry` caps it.
 */
export const findingPresets = (
  rule: ResponseRule,
  severity: NcSeverity | null,
  audit: AuditDeadlineDates,
  expiry: CalendarDate | null,
): PresetDeadlines => {
  if (severity === null) return { responseDue: null, followUpDue: null };
  const cap = rule.family === 'iso17021' && audit.type === 'renouvellement' ? expiry : null;
  return presetDeadlines(rule.rules[severity], { auditEnd: audit.endDate, notifiedOn: audit.reportNotifiedOn, notAfter: cap });
};
