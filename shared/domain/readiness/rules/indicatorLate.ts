import { inWords } from '../words';
import type { ReadinessRule } from '../types';

export const indicatorLate: ReadinessRule = {
  id: 'indicator-late',
  title: 'Indicateurs non mesurés à temps',
  source: { clause: '9.1', cites: 'ISO 9001 § 9.1.1 (quand surveiller et mesurer)' },
  grade: 'sensible',
  check: (facts) =>
    facts.indicators
      .filter((i) => i.nextMeasurementDue < facts.asOf)
      .map((i) => ({
        key: String(i.id),
        what: `L’indicateur « ${i.name} » attend une mesure depuis le ${inWords(i.nextMeasurementDue)} : saisissez-la.`,
        evidence: 'Fréquence de l’indicateur et ses mesures saisies.',
        link: `/indicateurs/${i.id}`,
      })),
};
