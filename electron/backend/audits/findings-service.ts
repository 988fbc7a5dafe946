import type { z } from 'zod';
import type { Audit, Finding, FindingGrade, findingAddSchema, findingUpdateSchema } from '../../../shared/schemas/audits';
import type { ResponseRuleView } from '../../../shared/schemas/certification-rules';
import { ServiceError, notFound, raise } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import { createNonconformitiesRepository } from '../nonconformities/repository';
import type { AuditsContext } from './context';
import type { FindingValues } from './findings-repository';
import { createFindingRules, type FindingRules } from './findings-rules';
import { markHeldOnRecording } from './held-on-recording';

/** What history keeps of a finding: its words, as they read at the time. */
const snapshot = (finding: Finding) => ({
  grade: finding.grade.label,
  requirement: finding.requirementLabel,
  process: finding.processName,
  description: finding.description,
  evidence: finding.evidence,
  responseDue: finding.responseDue,
  followUpDue: finding.followUpDue,
  status: finding.status,
});

/**
 * A nonconformity grade opens the nonconformity record (once), to be treated in the NC register; while
 * untreated, its severity follows the finding's grade. Call inside the finding's transaction.
 */
const createNonconformityOpener = (ac: AuditsContext) => {
  const { repos } = ac;
  const nonconformities = createNonconformitiesRepository(ac.db);

  return (audit: Audit, findingId: number, values: FindingValues, grade: FindingGrade, at: string): void => {
    if (grade.ncSeverity === null) return;
    const existing = nonconformities.byFinding(findingId);
    if (existing) {
      if (existing.status === 'a_traiter' && existing.severity !== grade.ncSeverity)
        nonconformities.updateSeverity(existing.id, grade.ncSeverity, at);
      return;
    }
    const reference = repos.sequences.nonconformityReference(Number(audit.endDate.slice(0, 4)));
    const id = nonconformities.insert(
      {
        reference,
        source: 'audit',
        findingId,
        detectedOn: audit.endDate,
        detectedBy: audit.leadAuditor?.personId ?? null,
        processId: values.processId,
        requirementId: values.requirementId,
        description: values.description,
        severity: grade.ncSeverity,
      },
      at,
    );
    ac.record(
      'nonconformity',
      id,
      'create',
      creationFields({ reference, source: 'audit', audit: audit.reference, severity: grade.ncSeverity, description: values.description }),
      at,
    );
  };
};

/** Reading an audit's findings, its scale and the rule its deadlines follow. */
const createFindingReads = (ac: AuditsContext, { gradesFor, ruleFor, presetsFor }: FindingRules) => ({
  grades: (auditId: number): FindingGrade[] => gradesFor(ac.mustGetAudit(auditId)),
  list: (auditId: number): Finding[] => {
    ac.mustGetAudit(auditId);
    return ac.repos.findings.forAudit(auditId);
  },

  /** The rule an audit's findings follow, in words, with the deadlines it proposes today. */
  responseRule: (auditId: number): ResponseRuleView => {
    const audit = ac.mustGetAudit(auditId);
    const rule = ruleFor(audit);
    const fromNotification = (['majeure', 'mineure'] as const).some((severity) => rule.rules[severity].from === 'notification');
    return {
      source: rule.source,
      family: rule.family,
      description: rule.description,
      missingNotification: fromNotification && audit.reportNotifiedOn === null,
      presets: { majeure: presetsFor(audit, 'majeure'), mineure: presetsFor(audit, 'mineure') },
    };
  },
});

/** Adding and editing findings, and their deadlines following the report's notification, with their history. */
const createFindingWrites = (ac: AuditsContext, { presetsFor, checked }: FindingRules) => {
  const { repos } = ac;
  const openNonconformity = createNonconformityOpener(ac);
  const mustGetFinding = (id: number): Finding => repos.findings.get(id) ?? raise(notFound('Ce constat'));

  /**
   * The audit's report was notified (or its date corrected): deadlines that count from it and were
   * still the preset ones (or missing) follow; a date the user typed stays. Call inside the audit's transaction.
   */
  const followNotification = (before: Audit, after: Audit, at: string): void => {
    if (before.reportNotifiedOn === after.reportNotifiedOn) return;
    for (const finding of repos.findings.forAudit(after.id)) {
      const severity = finding.grade.ncSeverity;
      if (severity === null) continue;
      const old = presetsFor(before, severity);
      const next = presetsFor(after, severity);
      const follow = (value: string | null, oldPreset: string | null, nextPreset: string | null) =>
        value === null || value === oldPreset ? nextPreset : value;
      const values: FindingValues = {
        gradeId: finding.grade.id,
        requirementId: finding.requirementId,
        processId: finding.processId,
        description: finding.description,
        evidence: finding.evidence,
        responseDue: follow(finding.responseDue, old.responseDue, next.responseDue),
        followUpDue: follow(finding.followUpDue, old.followUpDue, next.followUpDue),
        status: finding.status,
      };
      if (values.responseDue === finding.responseDue && values.followUpDue === finding.followUpDue) continue;
      repos.findings.update(finding.id, values, at);
      const changes = diffFields(snapshot(finding), snapshot(mustGetFinding(finding.id)));
      if (changes.length > 0) ac.record('audit', after.id, 'finding_update', changes, at);
    }
  };

  return {
    followNotification,

    add: (input: z.output<typeof findingAddSchema>): Finding =>
      ac.db
        .transaction(() => {
          const planned = ac.mustGetAudit(input.auditId);
          if (planned.status === 'annule')
            throw new ServiceError('conflict', `L’audit ${planned.reference} est annulé : il ne reçoit plus de constats.`);
          const { values, grade } = checked(planned, input.fields, 'fields.', null);
          const at = ac.now().toISOString();
          // Its findings say the audit took place: a planned one becomes « Réalisé » (a future one is refused).
          const audit = markHeldOnRecording(ac, planned, 'finding', at);
          const id = repos.findings.insert(audit.id, values, at);
          openNonconformity(audit, id, values, grade, at);
          const created = mustGetFinding(id);
          ac.record('audit', audit.id, 'finding_add', creationFields(snapshot(created)), at);
          return created;
        })
        .immediate(),

    update: (input: z.output<typeof findingUpdateSchema>): Finding =>
      ac.db
        .transaction(() => {
          const current = mustGetFinding(input.id);
          if (current.revision !== input.revision)
            throw new ServiceError('conflict', 'Ce constat a été modifié entre-temps. Rechargez la page.');
          const audit = ac.mustGetAudit(current.auditId);
          const { values, grade } = checked(audit, input.fields, 'fields.', current);
          const at = ac.now().toISOString();
          repos.findings.update(input.id, values, at);
          openNonconformity(audit, input.id, values, grade, at);
          const updated = mustGetFinding(input.id);
          const changes = diffFields(snapshot(current), snapshot(updated));
          if (changes.length > 0) ac.record('audit', audit.id, 'finding_update', changes, at);
          return updated;
        })
        .immediate(),
  };
};

/** Findings of an audit, graded on its referential's scale; every NC finding opens a nonconformity to treat. */
export const createFindingsService = (ac: AuditsContext) => {
  const rules = createFindingRules(ac);
  return { ...createFindingReads(ac, rules), ...createFindingWrites(ac, rules) };
};
