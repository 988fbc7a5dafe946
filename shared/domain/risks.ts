import type { ActionStatus } from './actions';

/** ISO 9001 §6.1: a register of risks and of opportunities, handled alike. */
export const riskKinds = ['risque', 'opportunite'] as const;
export type RiskKind = (typeof riskKinds)[number];

/** Where a risk or an opportunity was seen: an issue, an interested party, a process, an audit finding, a nonconformity, or else in words. */
export const riskOrigins = ['enjeu', 'partie', 'processus', 'constat', 'nonconformite', 'autre'] as const;
export type RiskOrigin = (typeof riskOrigins)[number];

/**
 * The treatment decided (ISO 9001 §6.1.2 note 1 lists these options). A risk is accepted, reduced,
 * avoided (its source removed) or shared; an opportunity is seized or not.
 */
export const riskTreatments = ['accepter', 'reduire', 'eviter', 'partager', 'saisir', 'ne_pas_saisir'] as const;
export type RiskTreatment = (typeof riskTreatments)[number];

export const treatmentsFor: Record<RiskKind, readonly RiskTreatment[]> = {
  risque: ['accepter', 'reduire', 'eviter', 'partager'],
  opportunite: ['saisir', 'ne_pas_saisir'],
};

/** Treatments carried out by actions of the plan: choosing one without an action is refused. */
export const treatmentNeedsAction = (treatment: RiskTreatment): boolean => treatment !== 'accepter' && treatment !== 'ne_pas_saisir';

/** How high a score stands: low, medium, high. */
export const riskLevels = ['faible', 'moyen', 'eleve'] as const;
export type RiskLevel = (typeof riskLevels)[number];

/**
 * The evaluation scale, the user's to set: words for each level of likelihood and of impact (the
 * number of words is the number of levels), and the scores from which a risk is medium and high.
 */
export type RiskScale = {
  likelihood: string[];
  impact: string[];
  mediumFrom: number;
  highFrom: number;
};

export const MIN_SCALE_LEVELS = 2;
export const MAX_SCALE_LEVELS = 6;

/** Likelihood × impact, 1–4 each, with their words; medium from 4, high from 8. */
export const DEFAULT_RISK_SCALE: RiskScale = {
  likelihood: ['Rare', 'Possible', 'Probable', 'Quasi certain'],
  impact: ['Faible', 'Modéré', 'Important', 'Majeur'],
  mediumFrom: 4,
  highFrom: 8,
};

/** The highest score the scale allows. */
export const maxScore = (scale: RiskScale): number => scale.likelihood.length * scale.impact.length;

/** Likelihood × impact. */
export const riskScore = (evaluation: { likelihood: number; impact: number }): number => evaluation.likelihood * evaluation.impact;

export const riskLevelOf = (score: number, scale: Pick<RiskScale, 'mediumFrom' | 'highFrom'>): RiskLevel =>
  score >= scale.highFrom ? 'eleve' : score >= scale.mediumFrom ? 'moyen' : 'faible';

/** Why an evaluation does not fit the scale, in French, or null when it does. */
export const evaluationOutsideScale = (evaluation: { likelihood: number; impact: number }, scale: RiskScale): string | null => {
  if (!Number.isInteger(evaluation.likelihood) || evaluation.likelihood < 1 || evaluation.likelihood > scale.likelihood.length) {
    return `La probabilité va de 1 à ${scale.likelihood.length} sur l’échelle de la structure.`;
  }
  if (!Number.isInteger(evaluation.impact) || evaluation.impact < 1 || evaluation.impact > scale.impact.length) {
    return `L’impact va de 1 à ${scale.impact.length} sur l’échelle de la structure.`;
  }
  return null;
};

/** Where the treatment stands, from the decision and its actions. */
export const treatmentStates = ['a_decider', 'sans_action', 'actions_en_cours', 'actions_realisees', 'sans_action_requise'] as const;
export type TreatmentState = (typeof treatmentStates)[number];

/**
 * Not decided; decided without an action needing one (its actions abandoned); actions running; every
 * live action done (time to re-evaluate); or a treatment needing no action (accepted, not seized).
 */
export const treatmentState = (treatment: RiskTreatment | null, actions: readonly { status: ActionStatus }[]): TreatmentState => {
  if (treatment === null) return 'a_decider';
  if (!treatmentNeedsAction(treatment)) return 'sans_action_requise';
  const live = actions.filter((action) => action.status !== 'abandonnee');
  if (live.length === 0) return 'sans_action';
  return live.every((action) => action.status === 'realisee') ? 'actions_realisees' : 'actions_en_cours';
};

/** One cell of the risk map: a likelihood and an impact, the level their product reaches, and what sits there. */
export type RiskMapCell<T> = { likelihood: number; impact: number; score: number; level: RiskLevel; items: T[] };

/**
 * The risk map as rows of cells, the highest likelihood first (as it is drawn: likely at the top,
 * severe on the right), each holding the items evaluated there. The screen and the PDF draw this.
 */
export const riskMap = <T>(
  items: readonly T[],
  evaluationOf: (item: T) => { likelihood: number; impact: number },
  scale: RiskScale,
): RiskMapCell<T>[][] =>
  scale.likelihood
    .map((_, row) => scale.likelihood.length - row)
    .map((likelihood) =>
      scale.impact.map((_, column) => {
        const impact = column + 1;
        const score = likelihood * impact;
        return {
          likelihood,
          impact,
          score,
          level: riskLevelOf(score, scale),
          items: items.filter((item) => {
            const evaluation = evaluationOf(item);
            return evaluation.likelihood === likelihood && evaluation.impact === impact;
          }),
        };
      }),
    );
