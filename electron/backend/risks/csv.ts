import { csvDate, toCsv } from '../../../shared/domain/csv';
import type { RiskScale } from '../../../shared/domain/risks';
import { registerStatusLabels } from '../../../shared/labels/issues';
import { riskKindLabels, riskLevelLabels, riskOriginLabels, riskTreatmentLabels, treatmentStateLabels } from '../../../shared/labels/risks';
import type { Risk, RiskEvaluation } from '../../../shared/schemas/risks';
import { csvFile } from '../issues/csv';

const header = [
  'Référence',
  'Type',
  'Intitulé',
  'Origine',
  'Processus',
  'Responsable',
  'Identifié le',
  'Évaluation initiale',
  'Évaluation actuelle',
  'Niveau',
  'Traitement',
  'Décidé le',
  'Actions',
  'Avancement',
  'Prochaine réévaluation',
  'Prochaine revue',
  'Statut',
];

/** "P3 × I4 = 12 (Probable, Majeur)". */
const evaluationText = (evaluation: RiskEvaluation | undefined, scale: RiskScale): string =>
  evaluation === undefined
    ? ''
    : `P${evaluation.likelihood} × I${evaluation.impact} = ${evaluation.score} (${scale.likelihood[evaluation.likelihood - 1] ?? ''}, ${scale.impact[evaluation.impact - 1] ?? ''})`;

/** The risks and opportunities register as a CSV file, named after the day it was drawn. */
export const risksCsv = (risks: readonly Risk[], scale: RiskScale, today: string) =>
  csvFile(
    `Risques et opportunités ${today}.csv`,
    toCsv(
      header,
      risks.map((risk) => {
        const last = risk.evaluations.at(-1);
        return [
          risk.reference,
          riskKindLabels.fr[risk.kind],
          risk.title,
          `${riskOriginLabels.fr[risk.origin]}${risk.originLabel ? ` : ${risk.originLabel}` : ''}`,
          risk.processName ?? '',
          risk.ownerName,
          csvDate(risk.identifiedOn),
          evaluationText(risk.evaluations[0], scale),
          evaluationText(last, scale),
          last ? riskLevelLabels.fr[last.level] : '',
          risk.treatment ? riskTreatmentLabels.fr[risk.treatment] : '',
          csvDate(risk.decidedOn),
          risk.actions.map((action) => action.reference).join(' ; '),
          treatmentStateLabels.fr[risk.treatmentState],
          csvDate(risk.reevaluationDue),
          csvDate(risk.reviewDue),
          registerStatusLabels.fr[risk.status],
        ];
      }),
    ),
  );
