import { riskLevelLabels, riskTreatmentLabels } from '../../../labels/risks';
import { riskLevelOf, treatmentNeedsAction } from '../../risks';
import type { ReadinessRule } from '../types';

/**
 * Risks and opportunities above what the structure accepts untreated. Sève's scale has no threshold
 * of its own for acceptance: a « faible » score may stand without a decision, so the scale's
 * « moyen » threshold is the acceptance threshold. Above it a record needs a treatment decided by the
 * day and, when that treatment is carried out by actions (reduce, avoid, share, seize), an action of
 * the plan that was not abandoned. Accepting a risk, or not seizing an opportunity, is a decision.
 */
export const riskUntreated: ReadinessRule = {
  id: 'risk-untreated',
  title: 'Risques et opportunités sans traitement',
  source: { clause: '6.1', cites: 'ISO 9001 § 6.1.2 (actions planifiées face aux risques et opportunités)' },
  grade: 'mineure',
  check: (facts) =>
    facts.risks.flatMap((risk) => {
      const level = riskLevelOf(risk.score, facts.riskScale);
      if (level === 'faible') return [];
      const named = `${risk.reference} « ${risk.title} » (${risk.kind === 'risque' ? 'risque' : 'opportunité'} ${riskLevelLabels.fr[level].toLocaleLowerCase('fr-FR')}, score ${risk.score})`;
      const hit = {
        key: String(risk.id),
        evidence: 'Dernière évaluation, traitement décidé et actions du plan liées.',
        link: `/risques/${risk.id}`,
      };
      if (risk.treatment === null)
        return [{ ...hit, what: `${named} n’a pas de traitement décidé : décidez-le et, s’il le faut, l’action du plan qui le porte.` }];
      if (treatmentNeedsAction(risk.treatment) && risk.liveActions === 0) {
        const treatment = riskTreatmentLabels.fr[risk.treatment].toLocaleLowerCase('fr-FR');
        return [
          {
            ...hit,
            what: `Le traitement « ${treatment} » décidé pour ${named} n’est plus porté par aucune action du plan : ajoutez-en une.`,
          },
        ];
      }
      return [];
    }),
};
