import { twelveMonthsEndingOn } from '../../dates';
import type { ReadinessRule } from '../types';

export const noSatisfactionSurvey: ReadinessRule = {
  id: 'no-satisfaction-survey',
  title: 'Pas d’enquête de satisfaction dans l’année',
  source: { clause: '9.1', cites: 'ISO 9001 § 9.1.2 (perception des clients) ; Qualiopi indicateur 30', qualiopi: 30 },
  grade: 'mineure',
  check: (facts) =>
    facts.surveysOpenedOn.some((day) => day >= twelveMonthsEndingOn(facts.asOf) && day <= facts.asOf)
      ? []
      : [
          {
            key: 'none',
            what: 'Aucune enquête de satisfaction n’a été ouverte dans les douze mois avant l’audit : lancez-en une.',
            evidence: `Enquêtes de satisfaction (${facts.surveysOpenedOn.length}) et leur date d’ouverture.`,
            link: '/enquetes',
          },
        ],
};
