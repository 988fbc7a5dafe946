import type { z } from 'zod';
import { answerOf, findingStatusesFor, type NcSeverity } from '../../../shared/domain/audits';
import { findingPresets, responseRuleFor, type ResponseRule } from '../../../shared/domain/finding-deadlines';
import type {
  Audit,
  Finding,
  FindingGrade,
  findingAddSchema,
  findingFieldsSchema,
  findingUpdateSchema,
} from '../../../shared/schemas/audits';
import type { ResponseRuleView } from '../../../shared/schemas/certification-rules';
import { ServiceError, invalidField, notFound, raise } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import { createNonconformitiesRepository } from '../nonconformities/repository';
import { createSettingsRepository } from '../organisation/repository';
import type { AuditsContext } from './context';
import type { FindingValues } from './findings-repository';
import { readStructureRule } from './structure-rule';

type Fields = z.output<typeof findingFieldsSchema>;

const NO_ANSWER = (label: string) =>
  `« ${label} » n’appelle pas de réponse : ce constat n’a ni échéance ni statut à suivre (il reste « sans suite »).`;

/** Findings of an audit, graded on its referential's scale; every NC finding opens a nonconformity to treat. */
export const createFindingsService = (ac: AuditsContext) => {
  const { repos } = ac;
  const nonconformities = createNonconformitiesRepository(ac.db);
  const settings = createSettingsRepository(ac.db);

  /** The scale the audit's referential uses: its own grades, or the default (AFNOR) scale. */
  const gradesFor = (audit: Audit): FindingGrade[] => {
    const referentialId = audit.certificationId === null ? null : (repos.certifications.get(audit.certificationId)?.referentialId ?? null);
    const custom = referentialId === null ? [] : repos.findings.customGrades(referentialId);
    return custom.length > 0 ? custom : repos.findings.defaultGrades();
  };

  const certificationOf = (audit: Audit) =>
    audit.certificationId === null ? null : (repos.certifications.get(audit.certificationId) ?? null);

  /** The body's scheme rules for its audits, the structure's own rule for internal ones. */
  const ruleFor = (audit: Audit): ResponseRule =>
    responseRuleFor(audit.type, certificationOf(audit)?.rules ?? null, readStructureRule(settings));

  const presetsFor = (audit: Audit, severity: NcSeverity | null) =>
    findingPresets(ruleFor(audit), severity, audit, certificationOf(audit)?.expiryDate ?? null);

  /** Checks the grade, links and dates, and fills the preset deadlines of a nonconformity left without them. */
  const checked = (
    audit: Audit,
    fields: Fields,
    prefix: string,
    current: Finding | null,
  ): { values: FindingValues; grade: FindingGrade } => {
    // A finding keeps the grade it was given even if its referential's scale changed since.
    const grade = [...gradesFor(audit), ...(current ? [current.grade] : [])].find((candidate) => candidate.id === fields.gradeId);
    if (!grade) throw invalidField(`${prefix}gradeId`, 'Cette cotation ne fait pas partie de l’échelle de cet audit.');
    if (fields.processId !== null && !repos.processes.get(fields.processId))
      throw invalidField(`${prefix}processId`, 'Ce processus n’existe pas.');
    if (fields.requirementId !== null && !repos.requirementExists.get(fields.requirementId)) {
      throw invalidField(`${prefix}requirementId`, 'Cette exigence n’existe pas.');
    }
    const majorOnly = fields.requirementId === null ? undefined : repos.majorOnlyNumber.get(fields.requirementId);
    if (majorOnly !== undefined && grade.ncSeverity === 'mineure') {
      throw invalidField(
        `${prefix}gradeId`,
        `L’exigence ${majorOnly} ne peut donner lieu qu’à une non-conformité majeure : choisissez une cotation de NC majeure.`,
      );
    }
    const answer = answerOf(grade);
    // A new finding starts "à traiter"; one whose grade calls for no answer has nothing to treat.
    const status = answer === 'aucune' && fields.status === 'a_traiter' ? 'sans_suite' : fields.status;
    if (!findingStatusesFor(answer).includes(status)) throw invalidField(`${prefix}status`, NO_ANSWER(grade.label));
    if (answer === 'aucune' && (fields.responseDue !== null || (fields.followUpDue ?? null) !== null)) {
      throw invalidField(`${prefix}responseDue`, NO_ANSWER(grade.label));
    }
    if (grade.ncSeverity === null && (fields.followUpDue ?? null) !== null) {
      throw invalidField(`${prefix}followUpDue`, 'Seule une non-conformité a un second délai (mise en œuvre ou vérification).');
    }
    const preset = presetsFor(audit, grade.ncSeverity);
    const keptFollowUp = fields.followUpDue === undefined ? (current?.followUpDue ?? null) : fields.followUpDue;
    const responseDue = fields.responseDue ?? preset.responseDue;
    const followUpDue = grade.ncSeverity === null ? null : (keptFollowUp ?? preset.followUpDue);
    if (responseDue !== null && responseDue < audit.startDate) {
      throw invalidField(`${prefix}responseDue`, 'L’échéance de réponse ne peut pas précéder l’audit.');
    }
    if (followUpDue !== null && followUpDue < audit.startDate) {
      throw invalidField(`${prefix}followUpDue`, 'Le second délai ne peut pas précéder l’audit.');
    }
    return { values: { ...fields, status, responseDue, followUpDue }, grade };
  };

  /** A nonconformity grade opens the nonconformity record (once), to be treated in the NC register. */
  const openNonconformity = (audit: Audit, findingId: number, values: FindingValues, grade: FindingGrade, at: string): void => {
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

  const mustGetFinding = (id: number): Finding => repos.findings.get(id) ?? raise(notFound('Ce constat'));

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
    grades: (auditId: number): FindingGrade[] => gradesFor(ac.mustGetAudit(auditId)),
    list: (auditId: number): Finding[] => {
      ac.mustGetAudit(auditId);
      return repos.findings.forAudit(auditId);
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

    followNotification,

    add: (input: z.output<typeof findingAddSchema>): Finding =>
      ac.db
        .transaction(() => {
          const audit = ac.mustGetAudit(input.auditId);
          if (audit.status === 'annule')
            throw new ServiceError('conflict', `L’audit ${audit.reference} est annulé : il ne reçoit plus de constats.`);
          const { values, grade } = checked(audit, input.fields, 'fields.', null);
          const at = ac.now().toISOString();
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
