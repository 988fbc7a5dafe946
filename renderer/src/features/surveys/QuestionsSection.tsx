import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, Form } from 'react-aria-components';
import { useController, useWatch } from 'react-hook-form';
import { questionKinds } from '../../../../shared/domain/surveys';
import { questionAddSchema, type SurveyDetail } from '../../../../shared/schemas/surveys';
import { useServerForm } from '../../api/useServerForm';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { FormNumberField, FormSelectField, FormTextField } from '../../ui/FormFields';
import { useSurveyMutation } from './hooks';

/** Adds a question: its words, its kind, a scale's top, and whether it counts in the satisfaction rate. */
const QuestionForm = ({ surveyId, onAdded }: { surveyId: number; onAdded: () => void }) => {
  const { t } = useTranslation();
  const add = useSurveyMutation('surveys.addQuestion');
  const { control, formState, formError, submit, reset } = useServerForm(questionAddSchema, {
    defaultValues: { surveyId, text: '', kind: 'echelle', scaleMax: 4, satisfaction: true },
    onSubmit: async (input) => {
      await add.mutateAsync(input);
      reset({ surveyId, text: '', kind: input.kind, scaleMax: input.scaleMax ?? 4, satisfaction: input.satisfaction });
      onAdded();
    },
  });
  const kind = useWatch({ control, name: 'kind' });
  const satisfaction = useController({ control, name: 'satisfaction' });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <FormTextField control={control} name="text" label={t('surveys.field.question')} isRequired maxLength={500} />
      <div className="form__row">
        <FormSelectField
          control={control}
          name="kind"
          label={t('surveys.field.kind')}
          options={questionKinds.map((id) => ({ id, label: t(`surveys.questionKind.${id}`) }))}
          isRequired
        />
        {kind === 'echelle' && (
          <FormNumberField control={control} name="scaleMax" label={t('surveys.field.scaleMax')} minValue={2} maxValue={10} isRequired />
        )}
      </div>
      {kind !== 'texte' && (
        <Checkbox className="checkbox" isSelected={satisfaction.field.value as boolean} onChange={satisfaction.field.onChange}>
          <span className="checkbox__box" aria-hidden="true" />
          {t('surveys.countsForRate')}
        </Checkbox>
      )}
      <div className="form__actions form__actions--start">
        <Button type="submit" isDisabled={formState.isSubmitting}>
          {t('surveys.addQuestion')}
        </Button>
      </div>
    </Form>
  );
};

/** The campaign's questions; they change only while it has no answer, so its results always read the same. */
export const QuestionsSection = ({ survey, onNotice }: { survey: SurveyDetail; onNotice: (message: string) => void }) => {
  const { t } = useTranslation();
  const remove = useSurveyMutation('surveys.removeQuestion');
  const [error, setError] = useState<string | null>(null);
  const frozen = survey.responses > 0;
  return (
    <section className="section" aria-labelledby="survey-questions">
      <h2 id="survey-questions">{t('surveys.questions')}</h2>
      <FormAlert message={error} />
      {survey.questions.length === 0 ? (
        <p>{t('surveys.questionsEmpty')}</p>
      ) : (
        <ol className="link-list" aria-label={t('surveys.questions')}>
          {survey.questions.map((question) => (
            <li key={question.id} className="link-list__item">
              {question.text}{' '}
              <span className="link-list__meta">
                {question.kind === 'echelle'
                  ? t('surveys.scaleOf', { max: String(question.scaleMax ?? '') })
                  : t(`surveys.questionKind.${question.kind}`)}
                {question.satisfaction && ` — ${t('surveys.countsForRate')}`}
              </span>
              {!frozen && (
                <Button
                  variant="quiet"
                  className="link-list__action"
                  aria-label={t('surveys.removeQuestionLabel', { text: question.text })}
                  onPress={() => {
                    setError(null);
                    remove
                      .mutateAsync({ id: question.id })
                      .catch((failure: unknown) => setError(failure instanceof Error ? failure.message : String(failure)));
                  }}
                >
                  {t('surveys.removeQuestion')}
                </Button>
              )}
            </li>
          ))}
        </ol>
      )}
      {frozen ? (
        <p className="form__help">{t('surveys.questionsFrozen')}</p>
      ) : (
        <QuestionForm surveyId={survey.id} onAdded={() => onNotice(t('surveys.questionAdded'))} />
      )}
    </section>
  );
};
