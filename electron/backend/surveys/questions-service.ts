import type { z } from 'zod';
import type { questionAddSchema, SurveyDetail } from '../../../shared/schemas/surveys';
import { ServiceError, notFound, raise } from '../errors';
import type { LoopContext } from '../nonconformities/context';
import type { SurveyReading } from './detail';
import type { createSurveysRepository, SurveyRow } from './repository';

const mustHaveNoAnswers = (row: SurveyRow): void => {
  if (row.responses > 0) {
    throw new ServiceError(
      'conflict',
      `La campagne « ${row.title} » a déjà ${row.responses} réponse(s) : ses questions ne changent plus, sinon ses résultats ne se liraient plus.`,
    );
  }
};

/** A campaign's questions: added or removed while no one has answered. */
export const createSurveyQuestions = (
  lc: LoopContext,
  repo: ReturnType<typeof createSurveysRepository>,
  { mustGetRow, detail }: SurveyReading,
) => ({
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
});
