import { inWords } from '../words';
import type { ReadinessRule } from '../types';

export const riskReevaluationLate: ReadinessRule = {
  id: 'risk-reevaluation-late',
  title: 'Réévaluations des risques en retard',
  source: { clause: '6.1', cites: 'ISO 9001 § 6.1.2 b (évaluation de l’efficacité des actions) et § 9.3.2 e' },
  grade: 'sensible',
  check: (facts) =>
    facts.risks
      .filter((risk) => risk.reevaluationDue !== null && risk.reevaluationDue < facts.asOf)
      .map((risk) => ({
        key: String(risk.id),
        what: `${risk.reference} « ${risk.title} » devait être réévalué le ${inWords(risk.reevaluationDue ?? facts.asOf)} : réévaluez-le et dites si son traitement a porté ses fruits.`,
        evidence: 'Date de réévaluation prévue du risque et ses évaluations.',
        link: `/risques/${risk.id}`,
      })),
};
