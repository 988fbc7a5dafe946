import type { ReadinessRule } from '../types';

export const bodyFindingNotVerified: ReadinessRule = {
  id: 'body-finding-not-verified',
  title: 'Non-conformités du dernier audit de l’organisme sans vérification d’efficacité',
  source: { clause: '10.2', cites: 'ISO 9001 § 10.2.1 d et ISO/IEC 17021-1 § 9.6.2.2' },
  grade: 'mineure',
  check: (facts) =>
    facts.lastBodyAudit === null
      ? []
      : facts.bodyFindings
          .filter((f) => f.ncSeverity !== null && f.actionsDone > 0 && f.actionsOpen === 0 && !f.effective)
          .map((f) => ({
            key: String(f.id),
            what: `Les actions du constat « ${f.description} » (${f.gradeLabel}) sont réalisées mais leur efficacité n’a pas été vérifiée : menez la vérification d’efficacité.`,
            evidence: `Actions et vérifications d’efficacité de la non-conformité du constat.`,
            link: `/audits/${facts.lastBodyAudit?.id}`,
            ...(f.requirementNumber === null ? {} : { requirement: f.requirementNumber }),
          })),
};
