import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { evaluationResultLabels, providerKindLabels } from '../../../../shared/labels/providers';
import type { ProviderEvaluation } from '../../../../shared/schemas/providers';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { QueryFallback } from '../../ui/list/QueryView';
import { HistoryTimeline } from '../history/HistoryTimeline';
import { useHistoryFormat } from '../history/format';
import { RequirementLinks } from '../referentials';
import { EvaluateForm, EvaluationActionForm, EvaluationNcForm } from './EvaluationForms';
import { useProvider, useProviderMutation } from './hooks';
import { ProviderForm } from './ProviderForm';
import './providers.css';

type Dialog =
  | { kind: 'edit' }
  | { kind: 'evaluate' }
  | { kind: 'action'; evaluation: ProviderEvaluation }
  | { kind: 'nc'; evaluation: ProviderEvaluation };

/** One provider: what it provides, its evaluations with their scores and follow-up, the requirements it evidences, its history. */
export const ProviderPage = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const id = Number(useParams().id);
  const location = useLocation();
  const provider = useProvider(id);
  const update = useProviderMutation('providers.update');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, showNotice] = useNotice();
  const format = useHistoryFormat(t('providers.field', { returnObjects: true }), {
    kind: providerKindLabels.fr,
    result: evaluationResultLabels.fr,
  });
  if (!provider.isSuccess) return <QueryFallback query={provider} />;
  const record = provider.data;
  const date = (value: string) => formatCalendarDate(value, dateLocale);
  const close = () => setDialog(null);
  const titles = {
    edit: t('providers.editTitle', { name: record.name }),
    evaluate: t('providers.evaluateTitle', { name: record.name }),
    action: t('providers.addActionTitle', { name: record.name }),
    nc: t('providers.openNcTitle', { name: record.name }),
  };
  return (
    <>
      <p className="breadcrumb">
        <Link to="/prestataires">← {t('providers.title')}</Link>
      </p>
      <PageHeader
        title={record.name}
        subtitle={`${t(`providers.kind.${record.kind}`)}${record.active ? '' : ` — ${t('providers.inactive')}`}`}
        actions={
          <>
            <Button onPress={() => setDialog({ kind: 'edit' })}>{t('common.edit')}</Button>
            {record.active && (
              <Button variant="primary" onPress={() => setDialog({ kind: 'evaluate' })}>
                {t('providers.evaluate')}
              </Button>
            )}
          </>
        }
      />
      <Notice message={notice ?? (location.state as { notice?: string } | null)?.notice ?? null} />
      <dl className="details">
        <dt>{t('providers.field.supplies')}</dt>
        <dd className="nc-text">{record.supplies}</dd>
        <dt>{t('providers.field.process')}</dt>
        <dd>{record.processName ?? t('common.none')}</dd>
        <dt>{t('providers.field.since')}</dt>
        <dd>{date(record.since)}</dd>
        <dt>{t('providers.field.evaluationMonths')}</dt>
        <dd>{record.evaluationMonths}</dd>
        <dt>{t('providers.field.nextEvaluationDue')}</dt>
        <dd>
          {record.active ? date(record.nextEvaluationDue) : t('common.none')}
          {record.evaluationLate && ` — ${t('providers.late')}`}
        </dd>
      </dl>
      <section className="section" aria-labelledby="provider-evaluations">
        <h2 id="provider-evaluations">{t('providers.evaluations')}</h2>
        {record.evaluations.length === 0 && <p>{t('providers.evaluationsEmpty')}</p>}
        {record.evaluations.map((evaluation) => (
          <article
            key={evaluation.id}
            className="card"
            aria-label={t('providers.evaluationOf', { date: date(evaluation.evaluatedOn), name: evaluation.evaluatedByName })}
          >
            <h3 className="card__title">
              {t('providers.evaluationOf', { date: date(evaluation.evaluatedOn), name: evaluation.evaluatedByName })}{' '}
              <span className={`badge badge--evaluation-${evaluation.result}`}>{t(`providers.result.${evaluation.result}`)}</span>
            </h3>
            <p>{t('providers.score', { score: evaluation.score.toLocaleString(dateLocale.code) })}</p>
            <table className="table" aria-label={t('providers.field.score')}>
              <thead>
                <tr>
                  <th scope="col">{t('providers.field.label')}</th>
                  <th scope="col">{t('providers.field.score')}</th>
                </tr>
              </thead>
              <tbody>
                {evaluation.scores.map((score) => (
                  <tr key={score.criterionId}>
                    <td>{score.label}</td>
                    <td>{t(`providers.scoreStep.${String(score.score) as '1'}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {evaluation.comment && <p className="nc-text">{evaluation.comment}</p>}
            <h4>{t('providers.followUps')}</h4>
            {evaluation.actions.length === 0 && evaluation.nonconformity === null ? (
              evaluation.result === 'satisfaisant' ? (
                <p>{t('common.none')}</p>
              ) : (
                <p className="form__help">{t('providers.noFollowUp')}</p>
              )
            ) : (
              <ul className="link-list">
                {evaluation.actions.map((action) => (
                  <li key={action.id} className="link-list__item">
                    <Link to={`/actions/${action.id}`} className="reference">
                      {action.reference}
                    </Link>{' '}
                    {action.description} — {t(`actions.status.${action.status}`)}
                  </li>
                ))}
                {evaluation.nonconformity && (
                  <li className="link-list__item">
                    <Link to={`/non-conformites/${evaluation.nonconformity.id}`} className="reference">
                      {evaluation.nonconformity.reference}
                    </Link>{' '}
                    {t(`nonconformities.status.${evaluation.nonconformity.status}`)}
                  </li>
                )}
              </ul>
            )}
            <div className="form__actions form__actions--start">
              <Button onPress={() => setDialog({ kind: 'action', evaluation })}>{t('providers.addAction')}</Button>
              {evaluation.nonconformity === null && (
                <Button onPress={() => setDialog({ kind: 'nc', evaluation })}>{t('providers.openNc')}</Button>
              )}
            </div>
          </article>
        ))}
      </section>
      <RequirementLinks entity="provider" entityId={record.id} />
      <section className="section" aria-labelledby="provider-history">
        <h2 id="provider-history">{t('providers.history')}</h2>
        <HistoryTimeline entity="provider" entityId={record.id} fieldLabel={format.label} formatValue={format.value} />
      </section>
      <Modal title={dialog ? titles[dialog.kind] : ''} isOpen={dialog !== null} onOpenChange={(open) => !open && close()}>
        {dialog?.kind === 'evaluate' && (
          <EvaluateForm
            provider={record}
            onDone={(result) => {
              close();
              showNotice(t('providers.evaluated', { result }));
            }}
            onCancel={close}
          />
        )}
        {dialog?.kind === 'action' && (
          <EvaluationActionForm
            evaluationId={dialog.evaluation.id}
            processId={record.processId}
            onDone={(reference) => {
              close();
              showNotice(t('providers.actionCreated', { reference }));
            }}
            onCancel={close}
          />
        )}
        {dialog?.kind === 'nc' && (
          <EvaluationNcForm evaluationId={dialog.evaluation.id} comment={dialog.evaluation.comment} onCancel={close} />
        )}
        {dialog?.kind === 'edit' && (
          <ProviderForm
            defaultValues={{
              name: record.name,
              kind: record.kind,
              supplies: record.supplies,
              processId: record.processId,
              since: record.since,
              evaluationMonths: record.evaluationMonths,
              active: record.active,
            }}
            serverPrefix="fields."
            submitLabel={t('common.save')}
            onSubmit={async (fields) => {
              await update.mutateAsync({ id: record.id, revision: record.revision, fields });
              close();
              showNotice(t('providers.saved'));
            }}
            onCancel={close}
          />
        )}
      </Modal>
    </>
  );
};
