import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { SurveyDetail } from '../../../../shared/schemas/surveys';
import { todayOnThisComputer } from '../../app/today';
import { DateField } from '../../ui/DateField';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { useSurveyMutation } from './hooks';

const NONE = 'none';

/** One questionnaire typed by hand, anonymous: a step or yes/no per closed question, words per open one. */
export const ResponseForm = ({ survey, onDone, onCancel }: { survey: SurveyDetail; onDone: () => void; onCancel: () => void }) => {
  const { t } = useTranslation();
  const add = useSurveyMutation('surveys.addResponse');
  const [answeredOn, setAnsweredOn] = useState<string | null>(todayOnThisComputer());
  const [values, setValues] = useState<Record<number, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const set = (id: number, value: string) => setValues((previous) => ({ ...previous, [id]: value }));
  const save = async () => {
    setError(null);
    setSending(true);
    try {
      await add.mutateAsync({
        surveyId: survey.id,
        answeredOn,
        answers: survey.questions.map((q) => {
          const raw = values[q.id] ?? '';
          if (q.kind === 'texte') return { questionId: q.id, value: null, text: raw };
          return { questionId: q.id, value: raw === '' || raw === NONE ? null : Number(raw), text: null };
        }),
      });
      onDone();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setSending(false);
    }
  };
  return (
    <Form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <p className="form__help">{t('surveys.answerHelp')}</p>
      <FormAlert message={error} />
      <DateField label={t('surveys.field.answeredOn')} value={answeredOn} onChange={setAnsweredOn} />
      {survey.questions.map((q) =>
        q.kind === 'texte' ? (
          <TextAreaField key={q.id} label={q.text} value={values[q.id] ?? ''} onChange={(value) => set(q.id, value)} maxLength={4000} />
        ) : (
          <SelectField
            key={q.id}
            label={q.text}
            value={values[q.id] ?? NONE}
            onChange={(value) => set(q.id, value ?? NONE)}
            options={[
              { id: NONE, label: t('surveys.noAnswer') },
              ...(q.kind === 'oui_non'
                ? [
                    { id: '1', label: t('surveys.yes') },
                    { id: '0', label: t('surveys.no') },
                  ]
                : Array.from({ length: q.scaleMax ?? 0 }, (_, i) => ({ id: String(i + 1), label: String(i + 1) }))),
            ]}
          />
        ),
      )}
      <FormActions submitLabel={t('common.save')} isSubmitting={sending} onCancel={onCancel} />
    </Form>
  );
};
