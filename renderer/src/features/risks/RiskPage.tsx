import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import type { Risk } from '../../../../shared/schemas/risks';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { QueryFallback } from '../../ui/list/QueryView';
import { ActionForm, emptyActionFields } from '../common/ActionForm';
import { HistoryTimeline } from '../history/HistoryTimeline';
import { RequirementLinks } from '../referentials';
import { useRisk, useRiskScale } from './hooks';
import { ReevaluateForm, TreatForm } from './RiskDialogs';
import { RiskForm, riskInputOf } from './RiskForm';
import { ReevaluationLate } from './RisksTable';
import { ContextTabs } from '../common/ContextTabs';
import { useContextHistoryFormat } from '../common/contextHistory';
import { useContextMutation } from '../common/contextMutation';
import { LifeBadges, RegisterRetireForm, RegisterReviewForm } from '../common/RegisterLife';
import { EvaluationBadge } from '../common/EvaluationBadge';
import { PlanActions } from '../common/PlanActions';

type Dialog = 'edit' | 'treat' | 'reevaluate' | 'action' | 'review' | 'retire';

const auditOf = (risk: Risk): number | null => (risk.origin === 'constat' ? Number(risk.originRoute?.split('/').at(-1)) || null : null);

/** One risk or opportunity: its origin, evaluations, treatment and actions, requirements and history. */
export const RiskPage = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const id = Number(useParams().id);
  const location = useLocation();
  const risk = useRisk(id);
  const scale = useRiskScale();
  const update = useContextMutation('risks.update');
  const review = useContextMutation('risks.review');
  const retire = useContextMutation('risks.retire');
  const addAction = useContextMutation('actions.create');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, showNotice] = useNotice();
  const format = useContextHistoryFormat();
  const arrivalNotice = (location.state as { notice?: string } | null)?.notice ?? null;

  if (!risk.isSuccess) return <QueryFallback query={risk} />;
  if (!scale.isSuccess) return <QueryFallback query={scale} />;
  const record = risk.data;
  const active = record.status === 'actif';
  const date = (value: string | null) => (value ? formatCalendarDate(value, dateLocale) : t('common.none'));
  const done = (message: string) => {
    setDialog(null);
    showNotice(message);
  };
  const titles: Record<Dialog, string> = {
    edit: t('risks.editTitle', { reference: record.reference }),
    treat: t('risks.treatTitle', { reference: record.reference }),
    reevaluate: t('risks.reevaluateTitle', { reference: record.reference }),
    action: t('risks.addActionTitle', { reference: record.reference }),
    review: t('issues.life.reviewTitle', { name: record.reference }),
    retire: t('issues.life.retireTitle', { name: record.reference }),
  };
  return (
    <>
      <p className="breadcrumb">
        <Link to="/risques">← {t('risks.title')}</Link>
      </p>
      <PageHeader
        title={
          <>
            <span className="reference">{record.reference}</span> — {record.title}
          </>
        }
        subtitle={
          <>
            {t(`risks.kind.${record.kind}`)} <LifeBadges record={record} /> <ReevaluationLate risk={record} />
          </>
        }
        actions={
          active && (
            <>
              <Button onPress={() => setDialog('edit')}>{t('risks.edit')}</Button>
              <Button onPress={() => setDialog('reevaluate')}>{t('risks.reevaluate')}</Button>
              <Button onPress={() => setDialog('review')}>{t('issues.life.review')}</Button>
              <Button onPress={() => setDialog('retire')}>{t('issues.life.retire')}</Button>
            </>
          )
        }
      />
      <ContextTabs />
      <Notice message={notice ?? arrivalNotice} />
      <dl className="details">
        <dt>{t('risks.field.origin')}</dt>
        <dd>
          {t(`risks.origin.${record.origin}`)}
          {record.originLabel && ' — '}
          {record.originRoute ? <Link to={record.originRoute}>{record.originLabel}</Link> : record.originLabel}
        </dd>
        <dt>{t('risks.field.description')}</dt>
        <dd className="nc-text">{record.description ?? t('common.none')}</dd>
        <dt>{t('risks.field.process')}</dt>
        <dd>{record.processName ?? t('common.none')}</dd>
        <dt>{t('risks.field.owner')}</dt>
        <dd>{record.ownerName}</dd>
        <dt>{t('risks.field.identifiedOn')}</dt>
        <dd>{date(record.identifiedOn)}</dd>
        <dt>{t('risks.field.lastReviewedOn')}</dt>
        <dd>{date(record.lastReviewedOn)}</dd>
        <dt>{t('risks.field.reviewDue')}</dt>
        <dd>{date(record.reviewDue)}</dd>
        {!active && (
          <>
            <dt>{t('risks.field.retiredOn')}</dt>
            <dd>
              {date(record.retiredOn)} — {record.retireReason}
            </dd>
          </>
        )}
      </dl>
      <section className="section" aria-labelledby="risk-evaluations">
        <h2 id="risk-evaluations">{t('risks.evaluations')}</h2>
        <div className="table-scroller table-scroller--fit" role="region" aria-label={t('risks.evaluationsList')} tabIndex={0}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('risks.field.evaluatedOn')}</th>
                <th scope="col">{t('risks.field.likelihood')}</th>
                <th scope="col">{t('risks.field.impact')}</th>
                <th scope="col">{t('risks.field.score')}</th>
                <th scope="col">{t('risks.field.comment')}</th>
              </tr>
            </thead>
            <tbody>
              {record.evaluations.map((evaluation) => (
                <tr key={evaluation.id}>
                  <td>{date(evaluation.evaluatedOn)}</td>
                  <td>
                    {evaluation.likelihood}. {scale.data.likelihood[evaluation.likelihood - 1]}
                  </td>
                  <td>
                    {evaluation.impact}. {scale.data.impact[evaluation.impact - 1]}
                  </td>
                  <td>
                    <EvaluationBadge evaluation={evaluation} />
                  </td>
                  <td>{evaluation.comment ?? t('common.none')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {record.reevaluationDue && (
          <p>
            {t('risks.field.reevaluationDue')} : {date(record.reevaluationDue)}
          </p>
        )}
      </section>
      <section className="section" aria-labelledby="risk-treatment">
        <h2 id="risk-treatment">{t('risks.field.treatment')}</h2>
        {record.treatment === null ? (
          <p>{t('risks.treatmentUndecided')}</p>
        ) : (
          <p>
            <strong>{t(`risks.treatment.${record.treatment}`)}</strong> — {t('risks.field.decidedOn')} {date(record.decidedOn)}
            {record.treatmentNote && ` : ${record.treatmentNote}`}
          </p>
        )}
        <p>
          <span className={`badge badge--state-${record.treatmentState}`}>{t(`risks.treatmentState.${record.treatmentState}`)}</span>
        </p>
        {active && <Button onPress={() => setDialog('treat')}>{t(record.treatment === null ? 'risks.treat' : 'risks.treatAgain')}</Button>}
        <PlanActions
          actions={record.actions}
          title={t('risks.actionsTitle')}
          empty={t('risks.noActions')}
          onAdd={active ? () => setDialog('action') : null}
          addLabel={t('risks.addAction')}
        />
      </section>
      <RequirementLinks entity="risk" entityId={record.id} isReadOnly={!active} />
      <section className="section" aria-labelledby="risk-history">
        <h2 id="risk-history">{t('risks.history')}</h2>
        <HistoryTimeline entity="risk" entityId={record.id} fieldLabel={format.label} formatValue={format.value} />
      </section>
      <Modal title={dialog === null ? '' : titles[dialog]} isOpen={dialog !== null} onOpenChange={(open) => !open && setDialog(null)}>
        {dialog === 'edit' && (
          <RiskForm
            defaultValues={riskInputOf(record)}
            scale={scale.data}
            withEvaluation={false}
            auditId={auditOf(record)}
            submitLabel={t('common.save')}
            onSubmit={async ({ fields }) => {
              await update.mutateAsync({ id: record.id, revision: record.revision, fields });
              done(t('risks.saved'));
            }}
            onCancel={() => setDialog(null)}
          />
        )}
        {dialog === 'treat' && <TreatForm risk={record} onDone={() => done(t('risks.treated'))} onCancel={() => setDialog(null)} />}
        {dialog === 'reevaluate' && (
          <ReevaluateForm risk={record} scale={scale.data} onDone={() => done(t('risks.reevaluated'))} onCancel={() => setDialog(null)} />
        )}
        {dialog === 'action' && (
          <ActionForm
            defaultValues={emptyActionFields(null, record.kind === 'risque' ? 'preventive' : 'amelioration')}
            serverPrefix="fields."
            submitLabel={t('common.create')}
            onSubmit={async (fields) => {
              const created = await addAction.mutateAsync({ origin: { source: 'risque', riskId: record.id }, fields });
              done(t('risks.actionCreated', { reference: created.reference }));
            }}
            onCancel={() => setDialog(null)}
          />
        )}
        {dialog === 'review' && (
          <RegisterReviewForm
            onSubmit={async (fields) => {
              await review.mutateAsync({ id: record.id, revision: record.revision, fields });
              done(t('issues.life.reviewed'));
            }}
            onCancel={() => setDialog(null)}
          />
        )}
        {dialog === 'retire' && (
          <RegisterRetireForm
            onSubmit={async (fields) => {
              await retire.mutateAsync({ id: record.id, revision: record.revision, fields });
              done(t('issues.life.retired'));
            }}
            onCancel={() => setDialog(null)}
          />
        )}
      </Modal>
    </>
  );
};
