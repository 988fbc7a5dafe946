import type { z } from 'zod';
import { answerOf, findingStatusesFor, type NcSeverity } from '../../../shared/domain/audits';
import { findingPresets, responseRuleFor, type ResponseRule } from '../../../shared/domain/finding-deadlines';
import type { Audit, Finding, FindingGrade, findingFieldsSchema } from '../../../shared/schemas/audits';
import { invalidField } from '../errors';
import { createSettingsRepository } from '../organisation/repository';
import type { AuditsContext } from './context';
import type { FindingValues } from './findings-repository';
import { readStructureRule } from './structure-rule';

type Fields = z.output<typeof findingFieldsSchema>;

const NO_ANSWER = (label: string) =>
  `« ${label} » n’appelle pas de réponse : ce constat n’a ni échéance ni statut à suivre (il reste « sans suite »).`;

/** What a finding follows: its audit's grading scale, the response rule and its preset deadlines, and the checks of its form. */
export const createFindingRules = (ac: AuditsContext) => {
  const { repos } = ac;
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

  return { gradesFor, ruleFor, presetsFor, checked };
};

export type FindingRules = ReturnType<typeof createFindingRules>;
