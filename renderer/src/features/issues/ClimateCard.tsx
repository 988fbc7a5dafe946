import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { useController } from 'react-hook-form';
import { climateAnswerFieldsSchema } from '../../../../shared/schemas/issues';
import { todayOnThisComputer } from '../../app/today';
import { useServerForm } from '../../api/useServerForm';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormTextAreaField } from '../../ui/FormFields';
import { Modal } from '../../ui/Modal';
import { SelectField } from '../../ui/SelectField';
import { QueryFallback } from '../../ui/list/QueryView';
import { useContextOverview } from './hooks';
import { useContextMutation } from '../common/contextMutation';

const AnswerForm = ({ onSaved, onCancel }: { onSaved: () => void; onCancel: () => void }) => {
  const { t } = useTranslation();
  const answer = useContextMutation('issues.answerClimate');
  const { control, formState, formError, submit } = useServerForm(climateAnswerFieldsSchema, {
    defaultValues: { answeredOn: todayOnThisComputer(), relevant: null, justification: '' },
    onSubmit: async (fields) => {
      await answer.mutateAsync(fields);
      onSaved();
    },
  });
  const relevant = useController({ control, name: 'relevant' });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <p className="form__help">{t('issues.climate.help')}</p>
      <SelectField
        label={t('issues.climate.relevant')}
        options={[
          { id: 'oui', label: t('issues.climate.yes') },
          { id: 'non', label: t('issues.climate.no') },
        ]}
        value={relevant.field.value === null ? null : relevant.field.value ? 'oui' : 'non'}
        onChange={(value) => relevant.field.onChange(value === null ? null : value === 'oui')}
        onBlur={relevant.field.onBlur}
        error={relevant.fieldState.error?.message}
        isRequired
      />
      <FormTextAreaField
        control={control}
        name="justification"
        label={t('issues.climate.justification')}
        description={t('issues.climate.justificationHelp')}
        isRequired
        maxLength={4000}
      />
      <FormDateField control={control} name="answeredOn" label={t('issues.climate.answeredOn')} isRequired />
      <FormActions submitLabel={t('common.save')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

/** The climate-change question (§ 4.1, Amendment 1:2024): the answer standing, the earlier ones, and a new answer. */
export const ClimateCard = ({ onNotice }: { onNotice: (message: string) => void }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const overview = useContextOverview();
  const [answering, setAnswering] = useState(false);
  if (!overview.isSuccess) return <QueryFallback query={overview} />;
  const [current, ...previous] = overview.data.climate;
  const answerWord = (relevant: boolean) => t(relevant ? 'issues.climate.yesShort' : 'issues.climate.noShort');
  return (
    <section className="climate-card" aria-labelledby="climate-title">
      <h2 id="climate-title">{t('issues.climate.title')}</h2>
      <p>{t('issues.climate.question')}</p>
      {current ? (
        <>
          <p className="climate-card__answer" data-testid="climate-answer">
            {t('issues.climate.current', {
              answer: answerWord(current.relevant),
              date: formatCalendarDate(current.answeredOn, dateLocale),
            })}
          </p>
          <p>{current.justification}</p>
        </>
      ) : (
        <p data-testid="climate-answer">{t('issues.climate.none')}</p>
      )}
      {previous.length > 0 && (
        <details>
          <summary>{t('issues.climate.previous')}</summary>
          <ul>
            {previous.map((answer) => (
              <li key={answer.id}>
                {t('issues.climate.current', {
                  answer: answerWord(answer.relevant),
                  date: formatCalendarDate(answer.answeredOn, dateLocale),
                })}{' '}
                : {answer.justification}
              </li>
            ))}
          </ul>
        </details>
      )}
      <Button onPress={() => setAnswering(true)}>{t(current ? 'issues.climate.update' : 'issues.climate.answer')}</Button>
      <Modal title={t('issues.climate.dialogTitle')} isOpen={answering} onOpenChange={setAnswering}>
        <AnswerForm
          onSaved={() => {
            setAnswering(false);
            onNotice(t('issues.climate.saved'));
          }}
          onCancel={() => setAnswering(false)}
        />
      </Modal>
    </section>
  );
};
