import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { surveyPopulationLabels } from '../../../../shared/labels/surveys';
import { todayOnThisComputer } from '../../app/today';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { QueryFallback } from '../../ui/list/QueryView';
import { ActionForm } from '../common/ActionForm';
import { HistoryTimeline } from '../history/HistoryTimeline';
import { useHistoryFormat } from '../history/format';
import { RequirementLinks } from '../referentials';
import { useSurvey, useSurveyMutation } from './hooks';
import { ActionsSection } from './ActionsSection';
import { AnalysisForm, AnalysisSection } from './AnalysisSection';
import { ImportDialog } from './ImportDialog';
import { QuestionsSection } from './QuestionsSection';
import { ResponseForm } from './ResponseForm';
import { ResultsSection } from './ResultsSection';
import { SurveyDetails } from './SurveyDetails';
import { SurveyForm } from './SurveyForm';
import './surveys.css';

type Dialog = 'edit' | 'answer' | 'import' | 'analyse' | 'action';

/** One campaign: its population and dates, questions, answers typed or imported, results, analysis, actions, history. */
export const SurveyPage = () => {
  const { t } = useTranslation();
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
      <SurveyDetails survey={record} />
      <QuestionsSection survey={record} onNotice={showNotice} />
      {record.responses > 0 && <ResultsSection survey={record} />}
      <AnalysisSection survey={record} onAnalyse={() => setDialog('analyse')} />
      <ActionsSection survey={record} onAddAction={() => setDialog('action')} />
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
