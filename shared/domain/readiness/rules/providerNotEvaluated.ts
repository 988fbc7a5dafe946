import { inWords } from '../words';
import type { ReadinessRule } from '../types';

export const providerNotEvaluated: ReadinessRule = {
  id: 'provider-not-evaluated',
  title: 'Prestataires externes non évalués à temps',
  source: { clause: '8.4', cites: 'ISO 9001 § 8.4.1 (évaluation et réévaluation des prestataires)', qualiopi: 27 },
  grade: 'mineure',
  check: (facts) =>
    facts.providers
      .filter((p) => p.nextEvaluationDue < facts.asOf)
      .map((p) => ({
        key: String(p.id),
        what: `« ${p.name} » devait être évalué le ${inWords(p.nextEvaluationDue)} : évaluez-le.`,
        evidence: 'Période d’évaluation du prestataire et ses évaluations.',
        link: `/prestataires/${p.id}`,
      })),
};
