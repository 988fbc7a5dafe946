import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { Attachments } from '../files/Attachments';
import { HistoryTimeline } from '../history/HistoryTimeline';
import { useLoopHistoryFormat } from '../common/loopHistory';
import { useLoopMutation } from '../common/loopMutation';
import { ActionCard } from '../common/ActionCard';
import { ActionForm, actionFieldsOf } from '../common/ActionForm';
import { ActionMoves } from '../common/ActionMoves';
import { ActionOrigin } from './ActionOrigin';
import { useAction } from './hooks';
import '../common/loop.css';
import { QueryFallback } from '../../ui/list/QueryView';

/** One action of the plan: where it comes from, its moves, its evidence and its history. */
export const ActionPage = () => {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const action = useAction(id);
  const update = useLoopMutation('actions.update');
  const [editing, setEditing] = useState(false);
  const [notice, showNotice] = useNotice();
  const format = useLoopHistoryFormat();

  if (!action.isSuccess) return <QueryFallback query={action} />;
  const record = action.data;
  const open = record.nonconformityStatus !== 'close';
  return (
    <>
      <p className="breadcrumb">
        <Link to="/plan-actions">← {t('actions.title')}</Link>
      </p>
      <PageHeader
        title={
          <>
            <span className="reference">{record.reference}</span> — {t(`actions.type.${record.type}`)}
          </>
        }
        subtitle={<ActionOrigin action={record} />}
        actions={open && <Button onPress={() => setEditing(true)}>{t('actions.edit')}</Button>}
      />
      <Notice message={notice} />
      <ActionCard action={record}>
        <div className="action-card__actions">
          <ActionMoves action={record} onNotice={showNotice} />
        </div>
      </ActionCard>
      <section className="section" aria-labelledby="action-evidence">
        <h2 id="action-evidence">{t('actions.evidence')}</h2>
        <Attachments owner={{ entity: 'action', id: record.id }} editable={open} />
      </section>
      <section className="section" aria-labelledby="action-history">
        <h2 id="action-history">{t('actions.history')}</h2>
        {record.nonconformityId === null ? (
          <HistoryTimeline entity="action" entityId={record.id} fieldLabel={format.label} formatValue={format.value} />
        ) : (
          <p>
            <Link to={`/non-conformites/${record.nonconformityId}`}>
              {t('actions.historyOfNc', { reference: record.originReference ?? '' })}
            </Link>
          </p>
        )}
      </section>
      <Modal title={t('actions.editTitle', { reference: record.reference })} isOpen={editing} onOpenChange={setEditing}>
        <ActionForm
          defaultValues={actionFieldsOf(record)}
          serverPrefix="fields."
          submitLabel={t('common.save')}
          onSubmit={async (fields) => {
            await update.mutateAsync({ id: record.id, revision: record.revision, fields });
            setEditing(false);
            showNotice(t('actions.saved', { reference: record.reference }));
          }}
          onCancel={() => setEditing(false)}
        />
      </Modal>
    </>
  );
};
