import { requirementTree } from '../../../shared/domain/audit-coverage';
import type { Audit, AuditProgramme } from '../../../shared/schemas/audits';
import type { AuditsContext } from './context';

/** The referentials the programme reads: the certification's (a scheme after its base standard), else those the audits name. */
const programmeReferentials = (ac: AuditsContext, certificationId: number | null, audits: readonly Audit[]): number[] => {
  const referentialId = certificationId === null ? null : ac.mustGetCertification(certificationId).referentialId;
  if (referentialId !== null) {
    const referential = ac.repos.referentials.get(referentialId);
    return referential?.baseId ? [referential.baseId, referentialId] : [referentialId];
  }
  const named = ac.repos.referentials.referentialIdsOf(audits.flatMap((audit) => audit.requirements.map(({ id }) => id)));
  if (named.length > 0) return named;
  const first = ac.repos.referentials.list()[0];
  return first ? [first.id] : [];
};

/**
 * Which internal audits cover each requirement of the first two levels (chapters and clauses):
 * an audit covers a clause when its scope, a checklist line or a finding names the clause, one of
 * its sub-clauses or the chapter above it (`requirementTree`, the rule « Prêt pour l'audit ? »
 * reads too). Non-applicable requirements are never a gap.
 */
export const requirementCoverage = (
  ac: AuditsContext,
  certificationId: number | null,
  audits: readonly Audit[],
): AuditProgramme['requirements'] => {
  const referentialIds = programmeReferentials(ac, certificationId, audits);
  const requirements = referentialIds.flatMap((id) => ac.repos.referentials.requirements(id));
  const tree = requirementTree(requirements);
  const coveredBy = new Map<number, Set<number>>();
  // What each audit's checklist and findings name, read once for the whole programme (never a query per audit).
  const namedBy = new Map<number, number[]>();
  for (const row of [...ac.repos.checklist.namedRequirements(), ...ac.repos.findings.namedRequirements()]) {
    namedBy.set(row.audit_id, [...(namedBy.get(row.audit_id) ?? []), row.requirement_id]);
  }
  for (const audit of audits) {
    const named = [...audit.requirements.map((requirement) => requirement.id), ...(namedBy.get(audit.id) ?? [])];
    for (const id of tree.covered(named)) coveredBy.set(id, (coveredBy.get(id) ?? new Set<number>()).add(audit.id));
  }

  return {
    referentials: referentialIds.flatMap((id) => {
      const referential = ac.repos.referentials.get(id);
      return referential ? [{ id, name: referential.name, edition: referential.edition }] : [];
    }),
    rows: requirements
      .filter((requirement) => tree.depth(requirement.id) <= 1)
      .map((requirement) => ({
        id: requirement.id,
        number: requirement.number,
        title: requirement.titleFr,
        depth: tree.depth(requirement.id),
        applicable: requirement.applicable,
        auditIds: audits.filter((audit) => coveredBy.get(requirement.id)?.has(audit.id)).map((audit) => audit.id),
      })),
  };
};
