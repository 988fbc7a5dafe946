import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { evaluationResultLabels, providerKindLabels } from '../../../../shared/labels/providers';
import type { ProviderEvaluation } from '../../../../shared/schemas/providers';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { QueryFallback } from '../../ui/list/QueryView';
import { HistoryTimeline } from '../history/HistoryTimeline';
import { useHistoryFormat } from '../history/format';
import { RequirementLinks } from '../referentials';
import { EvaluationCard } from './EvaluationCard';
import { ProviderDetails } from './ProviderDetails';
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
      <ProviderDetails record={record} />
      <section className="section" aria-labelledby="provider-evaluations">
        <h2 id="provider-evaluations">{t('providers.evaluations')}</h2>
        {record.evaluations.length === 0 && <p>{t('providers.evaluationsEmpty')}</p>}
        {record.evaluations.map((evaluation) => (
          <EvaluationCard
            key={evaluation.id}
            evaluation={evaluation}
            onAddAction={() => setDialog({ kind: 'action', evaluation })}
            onOpenNc={() => setDialog({ kind: 'nc', evaluation })}
          />
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
