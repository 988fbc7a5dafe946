import { heldAuditStatuses, internalAuditTypes, isHeldAudit, type ChecklistResult } from '../../../../shared/domain/audits';
import { shortDate } from '../pdf/typography';
import { packAudits } from './auditData';
import { onClauses, referenceList } from './coverageClauses';
import type { CoverageColumn, CoverageEvidence, CoverageSource } from './types';

/** One way an audit touched a requirement: its scope, a checklist line, or a finding. */
type Touch = {
  requirementId: number;
  auditId: number;
  reference: string;
  startDate: string;
  processId: number | null;
  result: ChecklistResult | null;
  gradeLabel: string | null;
  gradeRank: number | null;
};

const checklistWords: Record<ChecklistResult, string> = { conforme: 'conforme', constat: 'constat', non_vu: 'non vu' };

/** What the audit concluded on the requirement: its most serious finding, else its checklist answers, else "audité". */
const verdict = (touches: readonly Touch[]): string => {
  const graded = touches.filter((touch) => touch.gradeRank !== null).sort((a, z) => (a.gradeRank ?? 0) - (z.gradeRank ?? 0))[0];
  if (graded?.gradeLabel) return graded.gradeLabel;
  const results = new Set(touches.map((touch) => touch.result).filter((result) => result !== null));
  for (const result of ['constat', 'conforme', 'non_vu'] as const) if (results.has(result)) return checklistWords[result];
  return 'audité';
};

/**
 * "Dernier audit": per requirement, the last audit held up to the pack's date that covered it
 * (in its scope, a checklist line or a finding) with what it concluded ("AUD-2026-02 · NC mineure").
 * Audits and lines outside the pack's scope do not count.
 */
export const lastAuditColumn: CoverageColumn = {
  header: 'Dernier audit',
  share: 72,
  collect: (ctx) => {
    const audits = packAudits(ctx);
    const inScope = new Set(audits.audits.map((audit) => audit.id));
    const touches = ctx.db
      .prepare<[string, string], Touch>(
        `WITH held AS (
           SELECT id, reference, start_date FROM audits WHERE status IN (SELECT value FROM json_each(?)) AND start_date <= ?
         )
         SELECT s.requirement_id AS requirementId, h.id AS auditId, h.reference, h.start_date AS startDate, NULL AS processId,
           NULL AS result, NULL AS gradeLabel, NULL AS gradeRank
         FROM audit_scope s JOIN held h ON h.id = s.audit_id WHERE s.requirement_id IN (SELECT id FROM temp.pack_requirements)
         UNION ALL
         SELECT i.requirement_id, h.id, h.reference, h.start_date, i.process_id, i.result, NULL, NULL
         FROM checklist_items i JOIN held h ON h.id = i.audit_id WHERE i.requirement_id IN (SELECT id FROM temp.pack_requirements)
         UNION ALL
         SELECT f.requirement_id, h.id, h.reference, h.start_date, f.process_id, NULL, g.label, g.rank
         FROM findings f JOIN held h ON h.id = f.audit_id JOIN finding_grades g ON g.id = f.grade_id
         WHERE f.requirement_id IN (SELECT id FROM temp.pack_requirements)`,
      )
      .all(JSON.stringify(heldAuditStatuses), ctx.date)
      .filter((touch) => inScope.has(touch.auditId) && audits.keep(touch));
    const byRequirement = new Map<number, Touch[]>();
    for (const touch of touches) byRequirement.set(touch.requirementId, [...(byRequirement.get(touch.requirementId) ?? []), touch]);
    return (requirementId) => {
      const mine = byRequirement.get(requirementId) ?? [];
      const last = mine.reduce<Touch | null>(
        (latest, touch) =>
          latest === null || touch.startDate > latest.startDate || (touch.startDate === latest.startDate && touch.auditId > latest.auditId)
            ? touch
            : latest,
        null,
      );
      return last === null ? '—' : `${last.reference} · ${verdict(mine.filter((touch) => touch.auditId === last.auditId))}`;
    };
  },
};

/**
 * Audits as evidence: the internal audits held up to the pack's date answer 9.2 (programme and
 * results retained); every audit held that covered a requirement by its scope or a checklist line
 * is evidence it was examined ("Audit AUD-2026-03 du 15/06/2026").
 */
export const auditCoverage: CoverageSource = (ctx) => {
  const audits = packAudits(ctx);
  const held = audits.audits.filter((audit) => isHeldAudit(audit.status) && audit.startDate <= ctx.date);
  const internal = held.filter((audit) => internalAuditTypes.includes(audit.type) && audits.inCycle(audit)).reverse();
  const byId = new Map(held.map((audit) => [audit.id, audit]));
  const touched = ctx.db
    .prepare<[], { requirementId: number; auditId: number }>(
      `SELECT requirement_id AS requirementId, audit_id AS auditId FROM audit_scope
       WHERE requirement_id IN (SELECT id FROM temp.pack_requirements)
       UNION
       SELECT requirement_id, audit_id FROM checklist_items WHERE requirement_id IN (SELECT id FROM temp.pack_requirements)`,
    )
    .all()
    .flatMap((row): CoverageEvidence[] => {
      const audit = byId.get(row.auditId);
      return audit
        ? [{ requirementId: row.requirementId, kind: 'record', label: `Audit ${audit.reference} du ${shortDate(audit.startDate)}` }]
        : [];
    });
  return [
    ...(internal.length > 0
      ? onClauses(
          ctx,
          ['9.2', '9.2.1', '9.2.2'],
          'record',
          `Audits internes tenus : ${referenceList(internal.map((audit) => audit.reference))}`,
        )
      : []),
    ...touched,
  ];
};
