import { twelveMonthsEndingOn } from '../../../../shared/domain/dates';
import { packSectionTitles } from '../../../../shared/domain/pack';
import {
  questionResults,
  satisfactionRate,
  type QuestionKind,
  type SurveyPopulation,
  type SurveyQuestionRule,
} from '../../../../shared/domain/surveys';
import { actionStatusLabels } from '../../../../shared/labels/actions';
import { surveyPopulationLabels } from '../../../../shared/labels/surveys';
import type { ActionStatus } from '../../../../shared/domain/actions';
import { barChart } from '../pdf/chart';
import { subheading } from '../pdf/subheading';
import { beginTable } from '../pdf/table';
import { theme } from '../pdf/theme';
import { integer, shortDate } from '../pdf/typography';
import type { CoverageEvidence, CoverageSource, PackContext, PackSection } from './types';

type SurveyRow = {
  id: number;
  title: string;
  population: SurveyPopulation;
  opens_on: string;
  closes_on: string;
  solicited: number | null;
  indicator: string | null;
  analysis: string | null;
  analysed_on: string | null;
};

/** The requirements each satisfaction survey of the file evidences (its links), for the coverage. */
export const surveyEvidence: CoverageSource = (ctx) =>
  ctx.db
    .prepare<[], CoverageEvidence>(
      `SELECT l.requirement_id AS requirementId, 'record' AS kind, 'Enquête « ' || s.title || ' »' AS label
       FROM requirement_links l JOIN surveys s ON s.id = l.entity_id
       WHERE l.entity = 'survey' AND l.requirement_id IN (SELECT id FROM temp.pack_requirements)`,
    )
    .all();

const percent = (rate: number | null): string =>
  rate === null ? '—' : `${rate.toLocaleString('fr-FR', { maximumFractionDigits: 1 })}\u202F%`;

const collect = (ctx: PackContext) => {
  const from = twelveMonthsEndingOn(ctx.date);
  const surveys = ctx.db
    .prepare<[string, string], SurveyRow>(
      `SELECT s.id, s.title, s.population, s.opens_on, s.closes_on, s.solicited, i.name AS indicator, s.analysis, s.analysed_on
       FROM surveys s LEFT JOIN indicators i ON i.id = s.indicator_id WHERE s.opens_on BETWEEN ? AND ? ORDER BY s.opens_on, s.id`,
    )
    .all(from, ctx.date);
  const questions = ctx.db.prepare<
    [number],
    { id: number; text: string; kind: QuestionKind; scale_max: number | null; satisfaction: number }
  >('SELECT id, text, kind, scale_max, satisfaction FROM survey_questions WHERE survey_id = ? ORDER BY position');
  const answers = ctx.db.prepare<[number, string], { response_id: number; question_id: number; value: number | null; text: string | null }>(
    `SELECT a.response_id, a.question_id, a.value, a.text FROM survey_answers a JOIN survey_responses r ON r.id = a.response_id
     WHERE r.survey_id = ? AND (r.answered_on IS NULL OR r.answered_on <= ?)`,
  );
  const actions = ctx.db.prepare<
    [number, string],
    { reference: string; description: string; owner: string; due_date: string; status: ActionStatus }
  >(
    `SELECT x.reference, x.description, o.name AS owner, x.due_date, x.status FROM actions x JOIN people o ON o.id = x.owner_id
     WHERE x.survey_id = ? AND x.opened_on <= ? ORDER BY x.id`,
  );
  return {
    date: ctx.date,
    from,
    surveys: surveys.map((s) => {
      const rules: SurveyQuestionRule[] = questions
        .all(s.id)
        .map((q) => ({ id: q.id, text: q.text, kind: q.kind, scaleMax: q.scale_max, satisfaction: q.satisfaction === 1 }));
      const rows = answers
        .all(s.id, ctx.date)
        .map((a) => ({ questionId: a.question_id, value: a.value, text: a.text, responseId: a.response_id }));
      return {
        ...s,
        analysed: s.analysed_on !== null && s.analysed_on <= ctx.date,
        responses: new Set(rows.map((r) => r.responseId)).size,
        figures: satisfactionRate(rules, rows),
        questions: rules.map((rule) => ({ rule, results: questionResults(rule, rows) })),
        actions: actions.all(s.id, ctx.date),
      };
    }),
  };
};

/** Satisfaction (§ 9.1.2, Qualiopi 30): each campaign, its results per question as vector charts with their figures, analysis, actions. */
export const surveysSection: PackSection<ReturnType<typeof collect>> = {
  id: 'surveys',
  title: packSectionTitles.surveys,
  collect,
  render: (b, data) => {
    b.heading(1, packSectionTitles.surveys, 'surveys');
    b.paragraph(
      `Campagnes ouvertes du ${shortDate(data.from)} au ${shortDate(data.date)}. Les réponses sont anonymes ; les réponses libres ne sont pas reproduites (elles peuvent nommer des personnes). Est satisfaite une réponse « oui » ou au-dessus du milieu de l’échelle.`,
      { color: theme.color.muted, size: theme.size.small + 0.5 },
    );
    if (data.surveys.length === 0)
      b.paragraph('Aucune enquête de satisfaction sur la période.', { style: 'italic', color: theme.color.muted });
    for (const s of data.surveys) {
      b.heading(2, s.title, `survey-${s.id}`);
      b.keyValues([
        ['Population', surveyPopulationLabels.fr[s.population]],
        ['Période', `du ${shortDate(s.opens_on)} au ${shortDate(s.closes_on)}`],
        ['Réponses', `${integer(s.responses)}${s.solicited ? ` sur ${integer(s.solicited)} personnes interrogées` : ''}`],
        [
          'Taux de satisfaction',
          `${percent(s.figures.rate)} (${integer(s.figures.satisfied)} réponses satisfaites sur ${integer(s.figures.total)})`,
        ],
        ['Indicateur alimenté', s.indicator ?? 'aucun'],
      ]);
      const table = beginTable(b, [
        { header: 'Question', share: 220 },
        { header: 'Réponses', share: 50, prose: false },
        { header: 'Résultats', share: 130 },
        { header: 'Satisfaites', share: 70, prose: false },
      ]);
      for (const { rule, results } of s.questions) {
        const detail =
          rule.kind === 'texte'
            ? `${integer(results.answered)} réponse(s) libre(s)`
            : rule.kind === 'oui_non'
              ? results.steps.map((step) => `${step.value === 1 ? 'Oui' : 'Non'} : ${integer(step.count)}`).join(' ; ')
              : `${results.steps.map((step) => `${step.value} : ${integer(step.count)}`).join(' ; ')}\nmoyenne ${results.mean === null ? '—' : String(results.mean).replace('.', ',')}/${rule.scaleMax ?? ''}`;
        table.row([rule.text, integer(results.answered), detail, results.satisfied === null ? '—' : integer(results.satisfied)]);
      }
      table.end();
      for (const { rule, results } of s.questions) {
        if (rule.kind === 'texte' || results.answered === 0) continue;
        barChart(
          b,
          results.steps.map((step) => ({
            label: rule.kind === 'oui_non' ? (step.value === 1 ? 'Oui' : 'Non') : `${step.value} sur ${rule.scaleMax ?? ''}`,
            value: step.count,
          })),
          rule.text,
        );
      }
      subheading(b, 'Analyse des résultats');
      b.paragraph(
        s.analysed && s.analysis ? `${s.analysis}\n(analysée le ${shortDate(s.analysed_on)})` : 'Pas encore analysée.',
        s.analysed ? {} : { style: 'italic', color: theme.color.muted },
      );
      if (s.actions.length > 0) {
        const decided = beginTable(b, [
          { header: 'Action', share: 60, prose: false },
          { header: 'Description', share: 220 },
          { header: 'Responsable, échéance', share: 110 },
          { header: 'État', share: 60 },
        ]);
        for (const a of s.actions)
          decided.row([a.reference, a.description, `${a.owner}\n${shortDate(a.due_date)}`, actionStatusLabels.fr[a.status]]);
        decided.end();
      }
    }
  },
};
