import type { z } from 'zod';
import { outOfOrder } from '../../../shared/domain/dates';
import type { ImportedResponse } from '../../../shared/domain/survey-import';
import type { responseAddSchema, SurveyDetail } from '../../../shared/schemas/surveys';
import { ServiceError, invalidField, raise } from '../errors';
import { creationFields } from '../history/changes';
import type { LoopContext } from '../nonconformities/context';
import type { SurveyReading } from './detail';
import { createSurveyImport } from './import';
import { toRule, type createSurveysRepository, type SurveyRow } from './repository';

/** A campaign's answers, typed one questionnaire at a time or imported from a file; each change feeds its indicator. */
export const createSurveyResponses = (
  lc: LoopContext,
  repo: ReturnType<typeof createSurveysRepository>,
  { mustGetRow, detail }: SurveyReading,
  feedIndicator: (id: number) => void,
) => {
  const store = (row: SurveyRow, responses: readonly ImportedResponse[], origin: 'saisie' | 'import', history: Record<string, unknown>) => {
    const at = lc.now().toISOString();
    repo.insertResponses(row.id, responses, origin, at);
    repo.touch(row.id, at);
    feedIndicator(row.id);
    lc.record('survey', row.id, origin === 'import' ? 'import' : 'response_add', creationFields(history), at);
  };

  return {
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

    ...createSurveyImport(lc, repo, store),
  };
};
