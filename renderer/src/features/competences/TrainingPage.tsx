import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { Link, useLocation, useParams } from 'react-router';
import { trainingResults } from '../../../../shared/domain/competences';
import { trainingResultLabels, trainingStatusLabels } from '../../../../shared/labels/competences';
import { trainingEvaluationSchema, type Training } from '../../../../shared/schemas/competences';
import { todayOnThisComputer } from '../../app/today';
import { useServerForm } from '../../api/useServerForm';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormDateField, FormSelectField, FormTextAreaField } from '../../ui/FormFields';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { QueryFallback } from '../../ui/list/QueryView';
import { HistoryTimeline } from '../history/HistoryTimeline';
import { useHistoryFormat } from '../history/format';
import { RequirementLinks } from '../referentials';
import { useCompetenceMutation, useTraining } from './hooks';
import { TrainingForm } from './TrainingForm';
import './competences.css';

/** The evaluation of a training's effect. */
const EvaluationForm = ({ training, onDone, onCancel }: { training: Training; onDone: () => void; onCancel: () => void }) => {
  const { t } = useTranslation();
  const evaluate = useCompetenceMutation('competences.evaluateTraining');
  const { control, formState, formError, submit } = useServerForm(trainingEvaluationSchema, {
    defaultValues: { id: training.id, revision: training.revision, evaluatedOn: todayOnThisComputer(), result: 'efficace', comment: '' },
    onSubmit: async (input) => {
      await evaluate.mutateAsync(input);
      onDone();
    },
  });
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <div className="form__row">
        <FormDateField control={control} name="evaluatedOn" label={t('trainings.field.evaluatedOn')} isRequired />
        <FormSelectField
          control={control}
          name="result"
          label={t('trainings.field.result')}
          options={trainingResults.map((id) => ({ id, label: t(`trainings.result.${id}`) }))}
          isRequired
        />
      </div>
      <FormTextAreaField control={control} name="comment" label={t('trainings.field.comment')} maxLength={2000} />
      <FormActions submitLabel={t('common.save')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

/** One training: who, what, when, its expiry and evaluation, the requirements it evidences, its history. */
export const TrainingPage = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const id = Number(useParams().id);
  const location = useLocation();
  const training = useTraining(id);
  const update = useCompetenceMutation('competences.updateTraining');
  const [dialog, setDialog] = useState<'edit' | 'evaluate' | null>(null);
  const [notice, showNotice] = useNotice();
  const format = useHistoryFormat(t('trainings.field', { returnObjects: true }), {
    status: trainingStatusLabels.fr,
    evaluationResult: trainingResultLabels.fr,
  });
  if (!training.isSuccess) return <QueryFallback query={training} />;
  const record = training.data;
  const date = (value: string | null) => (value ? formatCalendarDate(value, dateLocale) : t('common.none'));
  return (
    <>
      <p className="breadcrumb">
        <Link to="/formations">← {t('trainings.title')}</Link>
      </p>
      <PageHeader
        title={record.title}
        subtitle={<span className={`badge badge--training-${record.state}`}>{t(`trainings.state.${record.state}`)}</span>}
        actions={
          <>
            <Button onPress={() => setDialog('edit')}>{t('common.edit')}</Button>
            {record.status === 'realisee' && (
              <Button variant="primary" onPress={() => setDialog('evaluate')}>
                {t('trainings.evaluate')}
              </Button>
            )}
          </>
        }
      />
      <Notice message={notice ?? (location.state as { notice?: string } | null)?.notice ?? null} />
      <dl className="details">
        <dt>{t('trainings.field.person')}</dt>
        <dd>
          {record.personName}
          {!record.personActive && ` (${t('trainings.personLeft')})`}
        </dd>
        <dt>{t('trainings.field.competence')}</dt>
        <dd>{record.competenceName ?? t('common.none')}</dd>
        <dt>{t('trainings.field.provider')}</dt>
        <dd>{record.providerId ? <Link to={`/prestataires/${record.providerId}`}>{record.providerName}</Link> : t('common.none')}</dd>
        <dt>{t('trainings.field.plannedOn')}</dt>
        <dd>{date(record.plannedOn)}</dd>
        <dt>{t('trainings.field.doneOn')}</dt>
        <dd>{date(record.doneOn)}</dd>
        <dt>{t('trainings.field.expiresOn')}</dt>
        <dd>{date(record.expiresOn)}</dd>
        <dt>{t('trainings.field.evaluationDue')}</dt>
        <dd>{date(record.evaluationDue)}</dd>
        <dt>{t('trainings.field.evaluationResult')}</dt>
        <dd>
          {record.evaluationResult
            ? `${t(`trainings.result.${record.evaluationResult}`)} — ${date(record.evaluatedOn)}${record.evaluationComment ? ` : ${record.evaluationComment}` : ''}`
            : t('common.none')}
        </dd>
      </dl>
      <RequirementLinks entity="training" entityId={record.id} />
      <section className="section" aria-labelledby="training-history">
        <h2 id="training-history">{t('trainings.history')}</h2>
        <HistoryTimeline entity="training" entityId={record.id} fieldLabel={format.label} formatValue={format.value} />
      </section>
      <Modal
        title={dialog === 'evaluate' ? t('trainings.evaluateTitle') : t('trainings.editTitle')}
        isOpen={dialog !== null}
        onOpenChange={(open) => !open && setDialog(null)}
      >
        {dialog === 'evaluate' && (
          <EvaluationForm
            training={record}
            onDone={() => {
              setDialog(null);
              showNotice(t('trainings.evaluated'));
            }}
            onCancel={() => setDialog(null)}
          />
        )}
        {dialog === 'edit' && (
          <TrainingForm
            defaultValues={{
              personId: record.personId,
              competenceId: record.competenceId,
              title: record.title,
              providerId: record.providerId,
              status: record.status,
              plannedOn: record.plannedOn,
              doneOn: record.doneOn,
              expiresOn: record.expiresOn,
              evaluationDue: record.evaluationDue,
            }}
            serverPrefix="fields."
            submitLabel={t('common.save')}
            onSubmit={async (fields) => {
              await update.mutateAsync({ id: record.id, revision: record.revision, fields });
              setDialog(null);
              showNotice(t('trainings.saved'));
            }}
            onCancel={() => setDialog(null)}
          />
        )}
      </Modal>
    </>
  );
};
