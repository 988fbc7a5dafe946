import type { ReadinessRule } from '../types';

export const bodyFindingActionsLate: ReadinessRule = {
  id: 'body-finding-actions-late',
  title: 'Actions en retard sur les constats du dernier audit de l’organisme',
  source: { clause: '10.2', cites: 'ISO/IEC 17021-1 § 9.6.2.2 (revue des actions prises sur les non-conformités)' },
  grade: 'mineure',
  check: (facts) =>
    facts.lastBodyAudit === null
      ? []
      : facts.bodyFindings
          .filter((f) => f.actionsLate > 0)
          .map((f) => ({
            key: String(f.id),
            what: `${f.actionsLate} action(s) répondant au constat « ${f.description} » de ${facts.lastBodyAudit?.reference} sont en retard : réalisez-les ou replanifiez-les avec leur raison.`,
            evidence: `Actions du constat et de sa non-conformité, et leurs échéances.`,
            link: `/audits/${facts.lastBodyAudit?.id}`,
            ...(f.requirementNumber === null ? {} : { requirement: f.requirementNumber }),
          })),
};
