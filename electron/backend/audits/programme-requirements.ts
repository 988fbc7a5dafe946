import type { Audit, AuditProgramme } from '../../../shared/schemas/audits';
import type { Requirement } from '../../../shared/schemas/referentials';
import type { AuditsContext } from './context';

/** The referentials the programme reads: the certification's (a scheme after its base standard), else those the audits name. */
const programmeReferentials = (ac: AuditsContext, certificationId: number | null, audits: readonly Audit[]): number[] => {
  const referentialId = certificationId === null ? null : ac.mustGetCertification(certificationId).referentialId;
  if (referentialId !== null) {
    const referential = ac.repos.referentials.get(referentialId);
    return referential?.baseId ? [referential.baseId, referentialId] : [referentialId];
  }
  const named = new Set<number>();
  for (const audit of audits) {
    for (const { id } of audit.requirements) {
      const requirement = ac.repos.referentials.requirement(id);
      if (requirement) named.add(requirement.referentialId);
    }
  }
  if (named.size > 0) return [...named].sort((a, b) => a - b);
  const first = ac.repos.referentials.list()[0];
  return first ? [first.id] : [];
};

/**
 * Which internal audits cover each requirement of the first two levels (chapters and clauses):
 * an audit covers a clause when its scope or a checklist line names the clause, one of its
 * sub-clauses or the chapter above it. Non-applicable requirements are never a gap.
 */
export const requirementCoverage = (
  ac: AuditsContext,
  certificationId: number | null,
  audits: readonly Audit[],
): AuditProgramme['requirements'] => {
  const referentialIds = programmeReferentials(ac, certificationId, audits);
  const requirements = referentialIds.flatMap((id) => ac.repos.referentials.requirements(id));
  const byId = new Map<number, Requirement>(requirements.map((requirement) => [requirement.id, requirement]));
  const lineage = (id: number): number[] => {
    const chain: number[] = [];
    for (
      let current = byId.get(id);
      current && chain.length < 20;
      current = current.parentId === null ? undefined : byId.get(current.parentId)
    ) {
      chain.push(current.id);
    }
    return chain;
  };
  const depth = (requirement: Requirement) => lineage(requirement.id).length - 1;

  // For each requirement: the audits naming it, one of its descendants or one of its ancestors.
  const coveredBy = new Map<number, Set<number>>();
  const cover = (requirementId: number, auditId: number) => {
    const set = coveredBy.get(requirementId) ?? new Set<number>();
    set.add(auditId);
    coveredBy.set(requirementId, set);
  };
  const checklists = ac.repos.checklist.requirementsByAudit();
  for (const audit of audits) {
    const named = new Set([...audit.requirements.map((requirement) => requirement.id), ...(checklists.get(audit.id) ?? [])]);
    for (const id of named) {
      for (const ancestor of lineage(id)) cover(ancestor, audit.id);
    }
    for (const requirement of requirements) {
      if (lineage(requirement.id).some((ancestor) => named.has(ancestor))) cover(requirement.id, audit.id);
    }
  }

  return {
    referentials: referentialIds.flatMap((id) => {
      const referential = ac.repos.referentials.get(id);
      return referential ? [{ id, name: referential.name, edition: referential.edition }] : [];
    }),
    rows: requirements
      .filter((requirement) => depth(requirement) <= 1)
      .map((requirement) => ({
        id: requirement.id,
        number: requirement.number,
        title: requirement.titleFr,
        depth: depth(requirement),
        applicable: requirement.applicable,
        auditIds: audits.filter((audit) => coveredBy.get(requirement.id)?.has(audit.id)).map((audit) => audit.id),
      })),
  };
};
