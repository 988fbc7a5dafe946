import type { ReadinessRule } from '../types';

export const objectiveNotMeasured: ReadinessRule = {
  id: 'objective-not-measured',
  title: 'Objectifs qualité sans mesure sur la période',
  source: { clause: '6.2', cites: 'ISO 9001 § 6.2.1 (objectifs mesurables et surveillés)' },
  grade: 'sensible',
  check: (facts) =>
    facts.objectives
      .filter((o) => !o.measuredInTwelveMonths)
      .map((o) => ({
        key: String(o.id),
        what: `L’objectif « ${o.title} » n’a aucune mesure de ses indicateurs sur les douze derniers mois : reliez-lui un indicateur et saisissez ses mesures.`,
        evidence: 'Indicateurs reliés à l’objectif et leurs mesures des douze derniers mois.',
        link: '/objectifs',
      })),
};
