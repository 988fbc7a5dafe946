import type { z } from 'zod';
import { defaultResponseDeadline } from '../../../shared/domain/audits';
import { cycleRulesFor } from '../../../shared/domain/certification';
import type {
  Audit,
  Finding,
  FindingGrade,
  findingAddSchema,
  findingFieldsSchema,
  findingUpdateSchema,
} from '../../../shared/schemas/audits';
import { ServiceError, invalidField, notFound, raise } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import { createNonconformitiesRepository } from '../nonconformities/repository';
import type { AuditsContext } from './context';
import type { FindingValues } from './findings-repository';

type Fields = z.output<typeof findingFieldsSchema>;

/** Findings of an audit, graded on its referential's scale; every NC finding opens a nonconformity to treat. */
export const createFindingsService = (ac: AuditsContext) => {
  const { repos } = ac;
  const nonconformities = createNonconformitiesRepository(ac.db);

  /** The scale the audit's referential uses: its own grades, or the default (AFNOR) scale. */
  const gradesFor = (audit: Audit): FindingGrade[] => {
    const referentialId = audit.certificationId === null ? null : (repos.certifications.get(audit.certificationId)?.referentialId ?? null);
    const custom = referentialId === null ? [] : repos.findings.customGrades(referentialId);
    return custom.length > 0 ? custom : repos.findings.defaultGrades();
  };

  const schemeOf = (audit: Audit): string => audit.certificationScheme ?? '';

  /** Checks the grade and links, and fills the preset deadline of a nonconformity left without one. */
  const checked = (
    audit: Audit,
    fields: Fields,
    prefix: string,
    currentGrade: FindingGrade | null = null,
  ): { values: FindingValues; grade: FindingGrade } => {
    // A finding keeps the grade it was given even if its referential's scale changed since.
    const grade = [...gradesFor(audit), ...(currentGrade ? [currentGrade] : [])].find((candidate) => candidate.id === fields.gradeId);
    if (!grade) throw invalidField(`${prefix}gradeId`, 'Cette cotation ne fait pas partie de l’échelle de cet audit.');
    if (fields.processId !== null && !repos.processes.get(fields.processId))
      throw invalidField(`${prefix}processId`, 'Ce processus n’existe pas.');
    if (fields.requirementId !== null && !repos.requirementExists.get(fields.requirementId)) {
      throw invalidField(`${prefix}requirementId`, 'Cette exigence n’existe pas.');
    }
    const responseDue = fields.responseDue ?? defaultResponseDeadline(grade.ncSeverity, cycleRulesFor(schemeOf(audit)), audit.endDate);
    if (responseDue !== null && responseDue < audit.startDate) {
      throw invalidField(`${prefix}responseDue`, 'L’échéance de réponse ne peut pas précéder l’audit.');
    }
    return { values: { ...fields, responseDue }, grade };
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
    status: finding.status,
  });

  return {
    grades: (auditId: number): FindingGrade[] => gradesFor(ac.mustGetAudit(auditId)),
    list: (auditId: number): Finding[] => {
      ac.mustGetAudit(auditId);
      return repos.findings.forAudit(auditId);
    },

    add: (input: z.output<typeof findingAddSchema>): Finding =>
      ac.db
        .transaction(() => {
          const audit = ac.mustGetAudit(input.auditId);
          if (audit.status === 'annule')
            throw new ServiceError('conflict', `L’audit ${audit.reference} est annulé : il ne reçoit plus de constats.`);
          const { values, grade } = checked(audit, input.fields, 'fields.');
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
          const { values, grade } = checked(audit, input.fields, 'fields.', current.grade);
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
