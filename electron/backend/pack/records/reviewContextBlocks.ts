import { actionStatusLabels } from '../../../../shared/labels/actions';
import { issueEffectLabels, issueNatureLabels } from '../../../../shared/labels/issues';
import { partyRelevanceLabels } from '../../../../shared/labels/parties';
import { riskKindLabels, riskLevelLabels, riskTreatmentLabels, treatmentStateLabels } from '../../../../shared/labels/risks';
import { watchDecisionLabels, watchImpactLabels } from '../../../../shared/labels/watch';
import type { ClimateAnswer, ContextChanges } from '../../../../shared/schemas/issues';
import type { RiskEvaluation, RiskOnDate } from '../../../../shared/schemas/risks';
import type { Builder } from '../pdf/builder';
import { keyFigures } from '../pdf/chart';
import { beginTable, type Cell } from '../pdf/table';
import { theme } from '../pdf/theme';
import { integer, shortDate } from '../pdf/typography';

const muted = (b: Builder, text: string): void => b.paragraph(text, { color: theme.color.muted, size: theme.size.small + 0.5 });

/** "Pertinent (réponse du 14/09/2026) : les chantiers subissent les canicules." */
export const climateText = (climate: ClimateAnswer | null): string =>
  climate === null
    ? 'Question du changement climatique (§ 4.1, amendement 1:2024) : sans réponse enregistrée.'
    : `Le changement climatique est un enjeu ${climate.relevant ? 'pertinent' : 'non pertinent'} pour la structure (réponse du ${shortDate(climate.answeredOn)}) : ${climate.justification}`;

/** "12 — élevé (P3 × I4)". */
export const evaluationText = (evaluation: RiskEvaluation): string =>
  `${evaluation.score} — ${riskLevelLabels.fr[evaluation.level].toLocaleLowerCase('fr-FR')} (P${evaluation.likelihood} × I${evaluation.impact})`;

const levelCell = (evaluation: RiskEvaluation): Cell => ({
  text: evaluationText(evaluation),
  color: evaluation.level === 'eleve' ? theme.color.gap : evaluation.level === 'moyen' ? theme.color.warn : theme.color.ok,
});

/** The changes of the context over the period (§9.3.2 b): the registers' entries and exits, the climate answer, the watch. */
export const contextChangesBlock = (b: Builder, context: ContextChanges, readOn: string): void => {
  muted(
    b,
    `Au ${shortDate(readOn)} : ${integer(context.issuesInForce)} enjeu(x) et ${integer(context.partiesInForce)} partie(s) intéressée(s) au registre.`,
  );
  b.paragraph(climateText(context.climate));
  const rows: Cell[][] = [
    ...context.issuesAdded.map((issue) => [
      'Nouvel enjeu',
      `${issue.title} (${issueNatureLabels.fr[issue.nature].toLocaleLowerCase('fr-FR')}, ${issueEffectLabels.fr[issue.effect].toLocaleLowerCase('fr-FR')})`,
      shortDate(issue.identifiedOn),
    ]),
    ...context.issuesRetired.map((issue) => ['Enjeu retiré', `${issue.title} — ${issue.reason}`, shortDate(issue.retiredOn)]),
    ...context.partiesAdded.map((party) => [
      'Nouvelle partie intéressée',
      `${party.name} (pertinence ${partyRelevanceLabels.fr[party.relevance].toLocaleLowerCase('fr-FR')})`,
      shortDate(party.identifiedOn),
    ]),
    ...context.partiesRetired.map((party) => ['Partie intéressée retirée', `${party.name} — ${party.reason}`, shortDate(party.retiredOn)]),
    ...context.watchItems.map((item) => [
      `Veille ${item.reference}`,
      `${item.title}${item.impact === null ? ' — à analyser' : ` — ${watchImpactLabels.fr[item.impact]}, ${watchDecisionLabels.fr[item.decision ?? 'sans_suite'].toLocaleLowerCase('fr-FR')}`}`,
      shortDate(item.noticedOn),
    ]),
  ];
  const table = beginTable(b, [
    { header: 'Évolution', share: 110 },
    { header: 'Élément', share: 300 },
    { header: 'Date', share: 60, prose: false },
  ]);
  if (rows.length === 0) table.note('Aucun enjeu, aucune partie intéressée ni information de veille nouvelle ou retirée sur la période.');
  for (const row of rows) table.row(row);
  table.end();
};

/** The risks and opportunities with their treatment and its actions, as of the review's day (§9.3.2 e). */
export const risksBlock = (b: Builder, risks: readonly RiskOnDate[], readOn: string): void => {
  keyFigures(b, [
    { value: integer(risks.filter((risk) => risk.kind === 'risque').length), label: 'risques au registre' },
    { value: integer(risks.filter((risk) => risk.kind === 'opportunite').length), label: 'opportunités' },
    {
      value: integer(risks.filter((risk) => risk.current.level === 'eleve').length),
      label: 'de niveau élevé',
      color: risks.some((risk) => risk.current.level === 'eleve') ? theme.color.gap : undefined,
    },
    { value: integer(risks.filter((risk) => risk.treatment === null).length), label: 'traitement à décider' },
  ]);
  muted(b, `Évaluations et actions telles qu’au ${shortDate(readOn)} ; niveau = probabilité × impact.`);
  const table = beginTable(b, [
    { header: 'Réf.', share: 62, prose: false },
    { header: 'Risque ou opportunité', share: 140 },
    { header: 'Évaluation initiale → actuelle', share: 110 },
    { header: 'Traitement', share: 80 },
    { header: 'Actions', share: 130 },
  ]);
  if (risks.length === 0) table.note('Aucun risque ni opportunité au registre à cette date.');
  for (const risk of risks) {
    const reevaluated = risk.current.id !== risk.initial.id;
    table.row([
      risk.reference,
      `${riskKindLabels.fr[risk.kind]} : ${risk.title}`,
      reevaluated
        ? `${evaluationText(risk.initial)} → ${evaluationText(risk.current)} (le ${shortDate(risk.current.evaluatedOn)})`
        : levelCell(risk.current),
      risk.treatment === null ? { text: 'À décider', color: theme.color.warn } : riskTreatmentLabels.fr[risk.treatment],
      risk.actions.length === 0
        ? treatmentStateLabels.fr[risk.treatmentState]
        : risk.actions
            .map((action) => `${action.reference} : ${actionStatusLabels.fr[action.status].toLocaleLowerCase('fr-FR')}`)
            .join('\n'),
    ]);
  }
  table.end();
};
