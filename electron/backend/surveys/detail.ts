import { periodLabel, type IndicatorFrequency } from '../../../shared/domain/indicators';
import { questionResults, satisfactionRate, surveyState } from '../../../shared/domain/surveys';
import type { Survey, SurveyDetail } from '../../../shared/schemas/surveys';
import { notFound, raise } from '../errors';
import type { LoopContext } from '../nonconformities/context';
import { toRule, type createSurveysRepository, type SurveyRow } from './repository';

/** A campaign as read: its summary with its state on today, and its whole detail (questions with results, actions, measurement). */
export const createSurveyReading = (lc: LoopContext, repo: ReturnType<typeof createSurveysRepository>) => {
  const summary = (row: SurveyRow, rate: number | null): Survey => ({
    id: row.id,
    title: row.title,
    population: row.population,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    solicited: row.solicited,
    responses: row.responses,
    rate,
    indicatorId: row.indicator_id,
    indicatorName: row.indicator_name,
    analysedOn: row.analysed_on,
    state: surveyState({ opensOn: row.opens_on, closesOn: row.closes_on, analysedOn: row.analysed_on }, lc.today()),
    revision: row.revision,
  });

  const mustGetRow = (id: number): SurveyRow => repo.get(id) ?? raise(notFound('Cette enquête'));

  const detail = (id: number): SurveyDetail => {
    const row = mustGetRow(id);
    const questions = repo.questions(id).map(toRule);
    const answers = repo.answers(id);
    const figures = satisfactionRate(questions, answers);
    const measurement = repo.measurementOf(id);
    const indicator = measurement && repo.indicator(measurement.indicator_id);
    return {
      ...summary(row, figures.rate),
      analysis: row.analysis,
      satisfied: figures.satisfied,
      counted: figures.total,
      questions: repo.questions(id).map((q) => ({
        id: q.id,
        position: q.position,
        text: q.text,
        kind: q.kind,
        scaleMax: q.scale_max,
        satisfaction: q.satisfaction === 1,
        results: questionResults(toRule(q), answers),
      })),
      actions: lc.repos.actions.forSurvey(id).map((a) => ({
        id: a.id,
        reference: a.reference,
        description: a.description,
        ownerName: a.ownerName,
        dueDate: a.dueDate,
        status: a.status,
      })),
      measurement:
        measurement && indicator
          ? { periodLabel: periodLabel(indicator.frequency as IndicatorFrequency, measurement.period_start), value: measurement.value }
          : null,
    };
  };

  return { summary, mustGetRow, detail };
};

export type SurveyReading = ReturnType<typeof createSurveyReading>;
