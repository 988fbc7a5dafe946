import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { surveyAnalysisSchema, type SurveyDetail } from '../../../../shared/schemas/surveys';
import { todayOnThisComputer } from '../../app/today';
import { useServerForm } from '../../api/useServerForm';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormTextAreaField } from '../../ui/FormFields';
import { useSurveyMutation } from './hooks';

/** A campaign's analysis as written, and the button that opens its form. */
export const AnalysisSection = ({ survey: record, onAnalyse }: { survey: SurveyDetail; onAnalyse: () => void }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const date = (value: string) => formatCalendarDate(value, dateLocale);
  return (
    <section className="section" aria-labelledby="survey-analysis">
      <h2 id="survey-analysis">{t('surveys.analysis')}</h2>
      {record.analysis ? (
        <p className="nc-text">
          {record.analysis} {record.analysedOn && <span className="link-list__meta">({date(record.analysedOn)})</span>}
        </p>
      ) : (
        <p>{t('surveys.analysisEmpty')}</p>
      )}
      <Button onPress={onAnalyse}>{t('surveys.analyse')}</Button>
    </section>
  );
};

/** The analysis of a campaign's results, with its date (today unless it was analysed before). */
export const AnalysisForm = ({ survey, onDone, onCancel }: { survey: SurveyDetail; onDone: () => void; onCancel: () => void }) => {
  const { t } = useTranslation();
  const analyse = useSurveyMutation('surveys.analyse');
  const { control, formState, formError, submit } = useServerForm(surveyAnalysisSchema, {
    defaultValues: {
      id: survey.id,
      revision: survey.revision,
      analysedOn: survey.analysedOn ?? todayOnThisComputer(),
      analysis: survey.analysis ?? '',
    },
    onSubmit: async (input) => {
      await analyse.mutateAsync(input);
      onDone();
    },
  });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <FormDateField control={control} name="analysedOn" label={t('surveys.field.analysedOn')} isRequired />
      <FormTextAreaField control={control} name="analysis" label={t('surveys.field.analysis')} isRequired rows={6} maxLength={8000} />
      <FormActions submitLabel={t('common.save')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};
