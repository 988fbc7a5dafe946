import type { z } from 'zod';
import type { GradeAnswer } from '../../../shared/domain/audits';
import type { FindingGrade, GradeScale, gradeScaleUpdateSchema } from '../../../shared/schemas/audits';
import { ServiceError, invalidField, notFound } from '../errors';
import type { AuditsContext } from './context';

/** A code for a new grade from its label: `Écart critique` → `ecart_critique`. */
const codeFrom = (label: string, taken: Set<string>): string => {
  const base =
    label
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '')
      .slice(0, 36) || 'cotation';
  let code = base;
  for (let n = 2; taken.has(code); n++) code = `${base}_${n}`;
  taken.add(code);
  return code;
};

const answerWords: Record<GradeAnswer, string> = {
  reponse: '',
  prise_en_compte: ' (à prendre en compte)',
  aucune: ' (sans réponse attendue)',
};

/** A scale as history keeps it: each label, with what it asks when it is not an answer by a deadline. */
const scaleText = (grades: readonly { label: string; answer: GradeAnswer }[]): string =>
  grades.map((grade) => `${grade.label}${answerWords[grade.answer]}`).join(', ');

/** Each referential's grading scale of findings: the default AFNOR scale, or its own. */
export const createGradesService = (ac: AuditsContext) => {
  const { repos } = ac;

  const scale = (referentialId: number): GradeScale => {
    if (!repos.referentialExists.get(referentialId)) throw notFound('Ce référentiel');
    const custom = repos.findings.customGrades(referentialId);
    return { referentialId, custom: custom.length > 0, grades: custom.length > 0 ? custom : repos.findings.defaultGrades() };
  };

  return {
    scale,

    /**
     * Replaces a referential's scale, in the order given. Grades keep their code (and their
     * findings); a grade still used by a finding cannot be dropped.
     */
    setScale: (input: z.output<typeof gradeScaleUpdateSchema>): GradeScale =>
      ac.db
        .transaction(() => {
          const current = scale(input.referentialId);
          const existing = current.custom ? current.grades : [];
          const kept = new Set(input.grades.map((grade) => grade.code).filter((code): code is string => code !== null));
          input.grades.forEach((grade, index) => {
            if (grade.code !== null && !existing.some((candidate) => candidate.code === grade.code)) {
              throw invalidField(`grades.${index}.code`, 'Cette cotation n’appartient pas à l’échelle de ce référentiel.');
            }
            if (grade.ncSeverity !== null && grade.answer !== undefined && grade.answer !== 'reponse') {
              throw invalidField(`grades.${index}.answer`, 'Une non-conformité appelle toujours une réponse, avec un délai.');
            }
          });
          // An NC grade calls for an answer; another keeps what it asked, else is to be taken into account.
          const answerOf = (grade: (typeof input.grades)[number], kept: FindingGrade | undefined): GradeAnswer =>
            grade.ncSeverity !== null ? 'reponse' : (grade.answer ?? (kept?.ncSeverity === null ? kept.answer : 'prise_en_compte'));
          for (const grade of existing) {
            if (!kept.has(grade.code) && repos.findings.gradeUses(grade.id) > 0) {
              throw new ServiceError(
                'conflict',
                `La cotation « ${grade.label} » est utilisée par des constats : elle ne peut pas être retirée de l’échelle.`,
              );
            }
          }
          const taken = new Set(existing.map((grade) => grade.code));
          for (const grade of existing) if (!kept.has(grade.code)) repos.findings.deleteGrade(grade.id);
          input.grades.forEach((grade, index) => {
            const rank = index + 1;
            const match = existing.find((candidate) => candidate.code === grade.code);
            const answer = answerOf(grade, match ?? current.grades.find((candidate) => candidate.code === grade.code));
            if (match) repos.findings.updateGrade(match.id, { label: grade.label, rank, ncSeverity: grade.ncSeverity, answer });
            else
              repos.findings.insertGrade(input.referentialId, {
                code: codeFrom(grade.label, taken),
                label: grade.label,
                rank,
                ncSeverity: grade.ncSeverity,
                answer,
              });
          });
          const at = ac.now().toISOString();
          repos.history.append({
            at,
            entity: 'referential',
            entityId: input.referentialId,
            action: 'grade_scale',
            changes: [{ field: 'gradeScale', before: scaleText(current.grades), after: scaleText(scale(input.referentialId).grades) }],
          });
          return scale(input.referentialId);
        })
        .immediate(),

    /** Gives a referential the default scale back; refused while one of its own grades grades a finding. */
    resetScale: (referentialId: number): GradeScale =>
      ac.db
        .transaction(() => {
          const current = scale(referentialId);
          if (!current.custom) return current;
          const used = current.grades.filter((grade) => repos.findings.gradeUses(grade.id) > 0);
          if (used.length > 0) {
            const labels = used.map((grade) => `« ${grade.label} »`).join(', ');
            throw new ServiceError(
              'conflict',
              `Des constats sont cotés ${labels} : l’échelle de ce référentiel ne peut pas revenir à l’échelle par défaut. Recotez-les d’abord, ou gardez cette échelle.`,
            );
          }
          for (const grade of current.grades) repos.findings.deleteGrade(grade.id);
          const after = scale(referentialId);
          repos.history.append({
            at: ac.now().toISOString(),
            entity: 'referential',
            entityId: referentialId,
            action: 'grade_scale',
            changes: [{ field: 'gradeScale', before: scaleText(current.grades), after: scaleText(after.grades) }],
          });
          return after;
        })
        .immediate(),
  };
};
