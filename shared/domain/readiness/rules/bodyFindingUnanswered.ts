import type { ReadinessRule } from '../types';

export const bodyFindingUnanswered: ReadinessRule = {
  id: 'body-finding-unanswered',
  title: 'Constats du dernier audit de l’organisme sans réponse',
  source: { clause: '10.2', cites: 'ISO/IEC 17021-1 § 9.4.9 et § 9.6.2 (suivi des constats à l’audit suivant)' },
  grade: 'mineure',
  check: (facts) =>
    facts.lastBodyAudit === null
      ? []
      : facts.bodyFindings
          .filter((f) => f.answerExpected && f.status === 'a_traiter' && f.actionsOpen + f.actionsDone === 0)
          .map((f) => ({
            key: String(f.id),
            what: `Le constat « ${f.description} » (${f.gradeLabel}) de ${facts.lastBodyAudit?.reference} n’a ni réponse ni action : enregistrez la réponse de la structure.`,
            evidence: `Constats de ${facts.lastBodyAudit?.reference} et leur état.`,
            link: `/audits/${facts.lastBodyAudit?.id}`,
            ...(f.requirementNumber === null ? {} : { requirement: f.requirementNumber }),
          })),
};
