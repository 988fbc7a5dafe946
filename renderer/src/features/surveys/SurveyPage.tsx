import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { Link, useLocation, useParams } from 'react-router';
import { surveyPopulationLabels } from '../../../../shared/labels/surveys';
import { surveyAnalysisSchema, type SurveyDetail } from '../../../../shared/schemas/surveys';
import { todayOnThisComputer } from '../../app/today';
import { useServerForm } from '../../api/useServerForm';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormTextAreaField } from '../../ui/FormFields';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { QueryFallback } from '../../ui/list/QueryView';
import { ActionForm } from '../common/ActionForm';
import { HistoryTimeline } from '../history/HistoryTimeline';
import { useHistoryFormat } from '../history/format';
import { RequirementLinks } from '../referentials';
import { useSurvey, useSurveyMutation } from './hooks';
import { ImportDialog } from './ImportDialog';
import { QuestionsSection } from './QuestionsSection';
import { ResponseForm } from './ResponseForm';
import { ResultsSection } from './ResultsSection';
import { SurveyForm } from './SurveyForm';
import './surveys.css';

type Dialog = 'edit' | 'answer' | 'import' | 'analyse' | 'action';

const AnalysisForm = ({ survey, onDone, onCancel }: { survey: SurveyDetail; onDone: () => void; onCancel: () => void }) => {
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

/** One campaign: its population and dates, questions, answers typed or imported, results, analysis, actions, history. */
export const SurveyPage = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const id = Number(useParams().id);
  const location = useLocation();
  const survey = useSurvey(id);
  const update = useSurveyMutation('surveys.update');
  const addAction = useSurveyMutation('surveys.addAction');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, showNotice] = useNotice();
  const format = useHistoryFormat(t('surveys.field', { returnObjects: true }), { population: surveyPopulationLabels.fr });
  if (!survey.isSuccess) return <QueryFallback query={survey} />;
  const record = survey.data;
  const date = (value: string) => formatCalendarDate(value, dateLocale);
  const close = () => setDialog(null);
  const done = (message: string) => {
    close();
    showNotice(message);
  };
  const titles: Record<Dialog, string> = {
    edit: t('surveys.editTitle'),
    answer: t('surveys.answerTitle'),
    import: t('surveys.importTitle'),
    analyse: t('surveys.analyseTitle'),
    action: t('surveys.addActionTitle'),
  };
  const hasQuestions = record.questions.length > 0;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/enquetes">← {t('surveys.title')}</Link>
      </p>
      <PageHeader
        title={record.title}
        subtitle={<span className={`badge badge--survey-${record.state}`}>{t(`surveys.state.${record.state}`)}</span>}
        actions={
          <>
            <Button onPress={() => setDialog('edit')}>{t('common.edit')}</Button>
            {hasQuestions && <Button onPress={() => setDialog('answer')}>{t('surveys.answer')}</Button>}
            {hasQuestions && (
              <Button variant="primary" onPress={() => setDialog('import')}>
                {t('surveys.import')}
              </Button>
            )}
          </>
        }
      />
      <Notice message={notice ?? (location.state as { notice?: string } | null)?.notice ?? null} />
      <dl className="details">
        <dt>{t('surveys.field.population')}</dt>
        <dd>{t(`surveys.population.${record.population}`)}</dd>
        <dt>{t('surveys.field.period')}</dt>
        <dd>
          {date(record.opensOn)} – {date(record.closesOn)}
        </dd>
        <dt>{t('surveys.field.responses')}</dt>
        <dd data-testid="survey-responses">
          {t('surveys.responses', { count: record.responses })}
          {record.solicited !== null && ` / ${record.solicited}`}
        </dd>
        <dt>{t('surveys.rate')}</dt>
        <dd data-testid="survey-rate">
          {record.rate === null
            ? t('surveys.noRate')
            : `${t('surveys.rateValue', { rate: record.rate.toLocaleString(dateLocale.code) })} — ${t('surveys.rateDetail', { satisfied: String(record.satisfied), total: String(record.counted) })}`}
        </dd>
        <dt>{t('surveys.field.indicator')}</dt>
        <dd data-testid="survey-indicator">
          {record.indicatorId === null
            ? t('surveys.indicatorNone')
            : record.measurement
              ? t('surveys.indicatorFed', {
                  name: record.indicatorName ?? '',
                  period: record.measurement.periodLabel,
                  value: record.measurement.value.toLocaleString(dateLocale.code),
                })
              : (record.indicatorName ?? '')}
        </dd>
      </dl>
      <QuestionsSection survey={record} onNotice={showNotice} />
      {record.responses > 0 && <ResultsSection survey={record} />}
      <section className="section" aria-labelledby="survey-analysis">
        <h2 id="survey-analysis">{t('surveys.analysis')}</h2>
        {record.analysis ? (
          <p className="nc-text">
            {record.analysis} {record.analysedOn && <span className="link-list__meta">({date(record.analysedOn)})</span>}
          </p>
        ) : (
          <p>{t('surveys.analysisEmpty')}</p>
        )}
        <Button onPress={() => setDialog('analyse')}>{t('surveys.analyse')}</Button>
      </section>
      <section className="section" aria-labelledby="survey-actions">
        <h2 id="survey-actions">{t('surveys.actions')}</h2>
        {record.actions.length === 0 ? (
          <p>{t('surveys.actionsEmpty')}</p>
        ) : (
          <ul className="link-list">
            {record.actions.map((action) => (
              <li key={action.id} className="link-list__item">
                <Link to={`/actions/${action.id}`} className="reference">
                  {action.reference}
                </Link>{' '}
                {action.description} — {action.ownerName}, {date(action.dueDate)} — {t(`actions.status.${action.status}`)}
              </li>
            ))}
          </ul>
        )}
        <Button onPress={() => setDialog('action')}>{t('surveys.addAction')}</Button>
      </section>
      <RequirementLinks entity="survey" entityId={record.id} />
      <section className="section" aria-labelledby="survey-history">
        <h2 id="survey-history">{t('surveys.history')}</h2>
        <HistoryTimeline entity="survey" entityId={record.id} fieldLabel={format.label} formatValue={format.value} />
      </section>
      <Modal title={dialog ? titles[dialog] : ''} isOpen={dialog !== null} onOpenChange={(open) => !open && close()}>
        {dialog === 'answer' && <ResponseForm survey={record} onDone={() => done(t('surveys.answered'))} onCancel={close} />}
        {dialog === 'import' && <ImportDialog survey={record} onDone={done} onCancel={close} />}
        {dialog === 'analyse' && <AnalysisForm survey={record} onDone={() => done(t('surveys.analysed'))} onCancel={close} />}
        {dialog === 'action' && (
          <ActionForm
            defaultValues={{
              openedOn: todayOnThisComputer(),
              type: 'amelioration',
              description: '',
              ownerId: null,
              processId: null,
              dueDate: null,
              evidenceNotes: '',
            }}
            serverPrefix="fields."
            submitLabel={t('common.create')}
            onSubmit={async (fields) =>
              done(t('surveys.actionCreated', { reference: (await addAction.mutateAsync({ surveyId: record.id, fields })).reference }))
            }
            onCancel={close}
          />
        )}
        {dialog === 'edit' && (
          <SurveyForm
            defaultValues={{
              title: record.title,
              population: record.population,
              opensOn: record.opensOn,
              closesOn: record.closesOn,
              solicited: record.solicited,
              indicatorId: record.indicatorId,
            }}
            serverPrefix="fields."
            submitLabel={t('common.save')}
            onSubmit={async (fields) => {
              await update.mutateAsync({ id: record.id, revision: record.revision, fields });
              done(t('surveys.saved'));
            }}
            onCancel={close}
          />
        )}
      </Modal>
    </>
  );
};
