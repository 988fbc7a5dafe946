import { evaluationResultLabels } from '../../../../shared/labels/providers';
import { surveyPopulationLabels } from '../../../../shared/labels/surveys';
import type { ReviewInputs } from '../../../../shared/schemas/management-review';
import type { Builder } from '../pdf/builder';
import { keyFigures } from '../pdf/chart';
import { beginTable } from '../pdf/table';
import { theme } from '../pdf/theme';
import { integer, shortDate } from '../pdf/typography';

const muted = (b: Builder, text: string): void => b.paragraph(text, { color: theme.color.muted, size: theme.size.small + 0.5 });
const percent = (rate: number | null): string =>
  rate === null ? '—' : `${rate.toLocaleString('fr-FR', { maximumFractionDigits: 1 })}\u202F%`;

/** The satisfaction surveys of the period and their rate (§9.3.2 c 1); a review held before schema 16 has none. */
export const surveysBlock = (b: Builder, inputs: ReviewInputs): void => {
  if (inputs.satisfaction === undefined) return;
  const { surveys } = inputs.satisfaction;
  if (surveys.length === 0) return muted(b, 'Aucune enquête de satisfaction ouverte sur la période.');
  const table = beginTable(b, [
    { header: 'Enquête de satisfaction', share: 170 },
    { header: 'Population', share: 90 },
    { header: 'Période', share: 100, prose: false },
    { header: 'Réponses', share: 50, prose: false },
    { header: 'Taux de satisfaction', share: 70, prose: false },
  ]);
  for (const s of surveys) {
    table.row([
      `${s.title}${s.analysed ? '' : '\n(résultats non encore analysés)'}`,
      surveyPopulationLabels.fr[s.population],
      `du ${shortDate(s.opensOn)}\nau ${shortDate(s.closesOn)}`,
      integer(s.responses),
      { text: percent(s.rate), style: 'bold' },
    ]);
  }
  table.end();
};

/** The performance of external providers (§9.3.2 c 7): evaluations of the period, poor ones and their follow-up, late ones. */
export const providersBlock = (b: Builder, inputs: ReviewInputs): void => {
  if (inputs.providers === undefined) return;
  const { providers } = inputs;
  keyFigures(b, [
    { value: integer(providers.evaluated), label: 'évaluation(s) de prestataires' },
    { value: integer(providers.poor), label: 'résultat(s) insuffisant(s)', color: providers.poor > 0 ? theme.color.gap : undefined },
    {
      value: integer(providers.overdue.length),
      label: 'évaluation(s) en retard',
      color: providers.overdue.length > 0 ? theme.color.warn : undefined,
    },
  ]);
  if (providers.evaluations.length > 0) {
    const table = beginTable(b, [
      { header: 'Prestataire', share: 150 },
      { header: 'Évalué le', share: 60, prose: false },
      { header: 'Note (sur 4)', share: 60, prose: false },
      { header: 'Résultat', share: 80 },
      { header: 'Suites données', share: 80 },
    ]);
    for (const e of providers.evaluations) {
      const poor = e.result === 'insuffisant';
      table.row([
        e.providerName,
        shortDate(e.evaluatedOn),
        e.score.toLocaleString('fr-FR', { maximumFractionDigits: 2 }),
        { text: evaluationResultLabels.fr[e.result], color: poor ? theme.color.gap : undefined, style: poor ? 'bold' : 'regular' },
        e.followUps > 0 ? `${integer(e.followUps)} action(s) ou NC` : poor ? { text: 'aucune', color: theme.color.gap } : '—',
      ]);
    }
    table.end();
  }
  if (providers.overdue.length > 0) {
    muted(
      b,
      `Évaluations attendues et non faites : ${providers.overdue.map((p) => `${p.name} (depuis le ${shortDate(p.due)})`).join(' ; ')}.`,
    );
  }
};

/** Competence (§7.2): trainings of the period and habilitations lapsed on the day, people of the directory named. */
export const competencesBlock = (b: Builder, inputs: ReviewInputs): void => {
  if (inputs.competences === undefined) return;
  const { competences } = inputs;
  muted(
    b,
    `${integer(competences.trainingsDone)} formation(s) réalisée(s) sur la période ; ${integer(competences.trainingsPlanned)} prévue(s) et pas encore réalisée(s) ; ${integer(competences.lapsed.length)} habilitation(s) échue(s) sans renouvellement.`,
  );
  if (competences.lapsed.length === 0) return;
  const table = beginTable(b, [
    { header: 'Personne', share: 120 },
    { header: 'Habilitation', share: 200 },
    { header: 'Échue le', share: 70, prose: false },
  ]);
  for (const l of competences.lapsed) table.row([l.personName, l.title, { text: shortDate(l.expiresOn), color: theme.color.gap }]);
  table.end();
};
