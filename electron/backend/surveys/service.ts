import type { z } from 'zod';
import { outOfOrder } from '../../../shared/domain/dates';
import { periodLabel, type IndicatorFrequency } from '../../../shared/domain/indicators';
import type { ImportedResponse } from '../../../shared/domain/survey-import';
import { questionResults, satisfactionRate, surveyState, type StoredAnswer } from '../../../shared/domain/surveys';
import type { Action } from '../../../shared/schemas/actions';
import type {
  questionAddSchema,
  responseAddSchema,
  Survey,
  surveyActionSchema,
  surveyAnalysisSchema,
  SurveyDetail,
  surveyFieldsSchema,
  surveyListQuerySchema,
  surveyUpdateSchema,
} from '../../../shared/schemas/surveys';
import type { ActionsService } from '../actions/service';
import { ServiceError, invalidField, notFound, raise } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import type { IndicatorsService } from '../indicators/service';
import type { LoopContext } from '../nonconformities/context';
import { createIndicatorFeed } from './feed';
import { createSurveyImport } from './import';
import { createSurveysRepository, toRule, type SurveyRow } from './repository';

type Fields = z.output<typeof surveyFieldsSchema>;

const snapshot = (s: Survey) => ({
  title: s.title,
  population: s.population,
  opensOn: s.opensOn,
  closesOn: s.closesOn,
  solicited: s.solicited,
  indicator: s.indicatorName,
});

/** Satisfaction surveys (§9.1.2): campaigns, anonymous answers typed or imported, results, analysis, actions, and the indicator they feed. */
export const createSurveysService = (lc: LoopContext, actions: ActionsService, indicators: IndicatorsService) => {
  const repo = createSurveysRepository(lc.db);

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

  const feedIndicator = createIndicatorFeed(lc, repo, indicators);

  const checked = (fields: Fields, prefix: string): Fields => {
    if (fields.indicatorId !== null) {
      const indicator = repo.indicator(fields.indicatorId) ?? raise(invalidField(`${prefix}indicatorId`, 'Cet indicateur n’existe pas.'));
      if (indicator.unit !== 'pourcentage' || indicator.part_labels !== null) {
        throw invalidField(
          `${prefix}indicatorId`,
          `« ${indicator.name} » ne se mesure pas en taux simple : choisissez un indicateur en pourcentage.`,
        );
      }
      if (indicator.active === 0) throw invalidField(`${prefix}indicatorId`, `L’indicateur « ${indicator.name} » n’est plus suivi.`);
    }
    return fields;
  };

  const mustHaveNoAnswers = (row: SurveyRow): void => {
    if (row.responses > 0) {
      throw new ServiceError(
        'conflict',
        `La campagne « ${row.title} » a déjà ${row.responses} réponse(s) : ses questions ne changent plus, sinon ses résultats ne se liraient plus.`,
      );
    }
  };

  const store = (row: SurveyRow, responses: readonly ImportedResponse[], origin: 'saisie' | 'import', history: Record<string, unknown>) => {
    const at = lc.now().toISOString();
    repo.insertResponses(row.id, responses, origin, at);
    repo.touch(row.id, at);
    feedIndicator(row.id);
    lc.record('survey', row.id, origin === 'import' ? 'import' : 'response_add', creationFields(history), at);
  };

  return {
    list: (query: z.output<typeof surveyListQuerySchema>): Survey[] => {
      const rows = repo.list({ population: query.population ?? null, year: query.year === undefined ? null : String(query.year) });
      const questions = repo.satisfactionQuestions().map((q) => ({ surveyId: q.survey_id, rule: toRule(q) }));
      const answers = repo.satisfactionAnswers();
      return rows.map((row) =>
        summary(
          row,
          satisfactionRate(
            questions.filter((q) => q.surveyId === row.id).map((q) => q.rule),
            answers.filter((a): a is StoredAnswer & { surveyId: number } => a.surveyId === row.id),
          ).rate,
        ),
      );
    },

    get: detail,

    create: (fields: Fields): SurveyDetail =>
      lc.db
        .transaction(() => {
          const at = lc.now().toISOString();
          const id = repo.insert(checked(fields, ''), at);
          const created = detail(id);
          lc.record('survey', id, 'create', creationFields(snapshot(created)), at);
          return created;
        })
        .immediate(),

    update: (input: z.output<typeof surveyUpdateSchema>): SurveyDetail =>
      lc.db
        .transaction(() => {
          const current = detail(input.id);
          if (current.revision !== input.revision) {
            throw new ServiceError('conflict', `La campagne « ${current.title} » a été modifiée entre-temps. Rechargez la page.`);
          }
          if (current.responses > 0 && input.fields.opensOn > lc.today()) {
            throw invalidField('fields.opensOn', 'La campagne a déjà des réponses : son ouverture ne peut pas passer dans le futur.');
          }
          const at = lc.now().toISOString();
          repo.update(current.id, checked(input.fields, 'fields.'), at);
          feedIndicator(current.id);
          const updated = detail(current.id);
          const changes = diffFields(snapshot(current), snapshot(updated));
          if (changes.length > 0) lc.record('survey', current.id, 'update', changes, at);
          return updated;
        })
        .immediate(),

    addQuestion: (input: z.output<typeof questionAddSchema>): SurveyDetail =>
      lc.db
        .transaction(() => {
          const row = mustGetRow(input.surveyId);
          mustHaveNoAnswers(row);
          const kind = input.kind;
          const at = lc.now().toISOString();
          repo.insertQuestion({
            surveyId: row.id,
            text: input.text,
            kind,
            scaleMax: kind === 'echelle' ? input.scaleMax : null,
            satisfaction: kind !== 'texte' && input.satisfaction,
          });
          repo.touch(row.id, at);
          lc.record('survey', row.id, 'question_add', [{ field: 'question', before: null, after: input.text }], at);
          return detail(row.id);
        })
        .immediate(),

    removeQuestion: (input: { id: number }): SurveyDetail =>
      lc.db
        .transaction(() => {
          const question = repo.question(input.id) ?? raise(notFound('Cette question'));
          const row = mustGetRow(question.survey_id);
          mustHaveNoAnswers(row);
          const at = lc.now().toISOString();
          repo.deleteQuestion(question.id);
          repo.touch(row.id, at);
          lc.record('survey', row.id, 'question_remove', [{ field: 'question', before: question.text, after: null }], at);
          return detail(row.id);
        })
        .immediate(),

    /** One questionnaire typed by hand: every value checked against its question; nobody's name. */
    addResponse: (input: z.output<typeof responseAddSchema>): SurveyDetail =>
      lc.db
        .transaction(() => {
          const row = mustGetRow(input.surveyId);
          if (row.opens_on > lc.today()) {
            throw new ServiceError(
              'conflict',
              `La campagne « ${row.title} » n’est pas encore ouverte : ses réponses viennent après son ouverture.`,
            );
          }
          if (input.answeredOn !== null && input.answeredOn < row.opens_on) {
            throw invalidField('answeredOn', outOfOrder('La réponse', input.answeredOn, 'l’ouverture de la campagne', row.opens_on));
          }
          if (input.answeredOn !== null && input.answeredOn > lc.today())
            throw invalidField('answeredOn', 'La date de réponse ne peut pas être dans le futur.');
          const questions = new Map(repo.questions(row.id).map((q) => [q.id, toRule(q)]));
          const answers = input.answers.flatMap((answer, index): ImportedResponse['answers'] => {
            const question =
              questions.get(answer.questionId) ??
              raise(invalidField(`answers.${index}.questionId`, 'Cette question n’est pas de cette campagne.'));
            const field = `answers.${index}.value`;
            if (question.kind === 'texte') return answer.text === null ? [] : [{ questionId: question.id, value: null, text: answer.text }];
            if (answer.value === null) return [];
            if (question.kind === 'oui_non' && answer.value !== 0 && answer.value !== 1)
              throw invalidField(field, `Répondez oui ou non à « ${question.text} ».`);
            if (question.kind === 'echelle' && (answer.value < 1 || answer.value > (question.scaleMax ?? 0))) {
              throw invalidField(field, `« ${question.text} » se note de 1 à ${question.scaleMax ?? 0}.`);
            }
            return [{ questionId: question.id, value: answer.value, text: null }];
          });
          if (answers.length === 0) throw invalidField('answers', 'Répondez au moins à une question.');
          store(row, [{ answeredOn: input.answeredOn, answers }], 'saisie', { answeredOn: input.answeredOn, answers: answers.length });
          return detail(row.id);
        })
        .immediate(),

    ...createSurveyImport(lc, repo, store),

    analyse: (input: z.output<typeof surveyAnalysisSchema>): SurveyDetail =>
      lc.db
        .transaction(() => {
          const current = detail(input.id);
          if (current.revision !== input.revision) {
            throw new ServiceError('conflict', `La campagne « ${current.title} » a été modifiée entre-temps. Rechargez la page.`);
          }
          if (input.analysedOn > lc.today()) throw invalidField('analysedOn', 'La date de l’analyse ne peut pas être dans le futur.');
          if (input.analysedOn < current.opensOn) {
            throw invalidField('analysedOn', outOfOrder('L’analyse', input.analysedOn, 'l’ouverture de la campagne', current.opensOn));
          }
          const at = lc.now().toISOString();
          repo.analyse(current.id, input.analysedOn, input.analysis, at);
          lc.record(
            'survey',
            current.id,
            'analysis',
            diffFields(
              { analysedOn: current.analysedOn, analysis: current.analysis },
              { analysedOn: input.analysedOn, analysis: input.analysis },
            ),
            at,
          );
          return detail(current.id);
        })
        .immediate(),

    /** An action the campaign's results call for (source "enquête de satisfaction"). */
    addAction: (input: z.output<typeof surveyActionSchema>): Action =>
      lc.db
        .transaction(() => {
          const row = mustGetRow(input.surveyId);
          const at = lc.now().toISOString();
          const links = { source: 'enquete' as const, nonconformityId: null, findingId: null, suggestionId: null, originNote: null };
          const action = actions.createLinked(
            { ...links, surveyId: row.id },
            input.fields,
            at,
            { what: 'l’ouverture de la campagne', date: row.opens_on },
            { survey: row.title },
          );
          lc.record('survey', row.id, 'action_add', [{ field: 'action', before: null, after: action.reference }], at);
          return action;
        })
        .immediate(),
  };
};
