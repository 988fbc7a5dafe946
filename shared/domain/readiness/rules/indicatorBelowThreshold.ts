import { inWords } from '../words';
import { indicatorState } from '../../indicator-state';
import type { ReadinessRule } from '../types';

export const indicatorBelowThreshold: ReadinessRule = {
  id: 'indicator-below-threshold',
  title: 'Indicateurs sous leur seuil d’alerte sans action',
  source: { clause: '9.1', cites: 'ISO 9001 § 9.1.3 (analyse) et § 10.1 (amélioration)' },
  grade: 'sensible',
  check: (facts) =>
    facts.indicators
      .filter((i) => i.latest !== null && i.alertThreshold !== null && !i.actedOn && indicatorState(i, i.latest.value) === 'non_atteint')
      .map((i) => ({
        key: String(i.id),
        what: `L’indicateur « ${i.name} » a passé son seuil d’alerte (${i.latest?.value} pour un seuil de ${i.alertThreshold}, période du ${inWords(i.latest?.periodStart ?? '')}) sans action ni non-conformité depuis : décidez d’une action.`,
        evidence: 'Dernière mesure et seuil de l’indicateur ; actions et non-conformités de son processus depuis.',
        link: `/indicateurs/${i.id}`,
      })),
};
