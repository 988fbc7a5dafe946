import type { z } from 'zod';
import { satisfactionRate, type StoredAnswer } from '../../../shared/domain/surveys';
import type { Survey, SurveyDetail, surveyFieldsSchema, surveyListQuerySchema, surveyUpdateSchema } from '../../../shared/schemas/surveys';
import type { ActionsService } from '../actions/service';
import { ServiceError, invalidField, raise } from '../errors';
import { creationFields, diffFields } from '../history/changes';
import type { IndicatorsService } from '../indicators/service';
import type { LoopContext } from '../nonconformities/context';
import { createSurveyReading } from './detail';
import { createIndicatorFeed } from './feed';
import { createSurveyFollowUp } from './follow-up-service';
import { createSurveyQuestions } from './questions-service';
import { createSurveysRepository, toRule } from './repository';
import { createSurveyResponses } from './responses-service';

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
  const reading = createSurveyReading(lc, repo);
  const { summary, detail } = reading;
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

    ...createSurveyQuestions(lc, repo, reading),
    ...createSurveyResponses(lc, repo, reading, feedIndicator),
    ...createSurveyFollowUp(lc, repo, reading, actions),
  };
};
