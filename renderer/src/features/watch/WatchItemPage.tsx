import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { QueryFallback } from '../../ui/list/QueryView';
import { ActionForm, emptyActionFields } from '../common/ActionForm';
import { Attachments } from '../files/Attachments';
import { HistoryTimeline } from '../history/HistoryTimeline';
import { RequirementLinks } from '../referentials';
import { useWatchItem } from './hooks';
import { DecideForm, InformForm } from './ItemDialogs';
import { ItemForm, itemFieldsOf } from './WatchForms';
import { ContextTabs } from '../common/ContextTabs';
import { useContextHistoryFormat } from '../common/contextHistory';
import { useContextMutation } from '../common/contextMutation';
import { PlanActions } from '../common/PlanActions';
import { WatchItemDetails } from './WatchItemDetails';

type Dialog = 'edit' | 'decide' | 'inform' | 'action';

/** One item of the watch: what was noticed, its impact analysis and decision, its actions, who was told, its files and history. */
export const WatchItemPage = () => {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const location = useLocation();
  const item = useWatchItem(id);
  const update = useContextMutation('watch.update');
  const addAction = useContextMutation('actions.create');
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, showNotice] = useNotice();
  const format = useContextHistoryFormat();
  const arrivalNotice = (location.state as { notice?: string } | null)?.notice ?? null;

  if (!item.isSuccess) return <QueryFallback query={item} />;
  const record = item.data;
  const done = (message: string) => {
    setDialog(null);
    showNotice(message);
  };
  const titles: Record<Dialog, string> = {
    edit: t('watch.editTitle', { reference: record.reference }),
    decide: t('watch.decideTitle', { reference: record.reference }),
    inform: t('watch.informTitle'),
    action: t('watch.addActionTitle', { reference: record.reference }),
  };
  return (
    <>
      <p className="breadcrumb">
        <Link to="/veille">← {t('watch.title')}</Link>
      </p>
      <PageHeader
        title={
          <>
            <span className="reference">{record.reference}</span> — {record.title}
          </>
        }
        subtitle={<span className={`badge badge--watch-${record.state}`}>{t(`watch.state.${record.state}`)}</span>}
        actions={
          <>
            <Button onPress={() => setDialog('edit')}>{t('watch.edit')}</Button>
            <Button variant={record.decision === null ? 'primary' : 'secondary'} onPress={() => setDialog('decide')}>
              {t('watch.decide')}
            </Button>
            <Button onPress={() => setDialog('inform')}>{t('watch.inform')}</Button>
          </>
        }
      />
      <ContextTabs />
      <Notice message={notice ?? arrivalNotice} />
      <WatchItemDetails item={record} />
      <section className="section" aria-labelledby="watch-actions">
        <h2 id="watch-actions">{t('watch.actionsTitle')}</h2>
        <PlanActions
          actions={record.actions}
          empty={t('risks.noActions')}
          onAdd={() => setDialog('action')}
          addLabel={t('watch.addAction')}
        />
      </section>
      <section className="section" aria-labelledby="watch-files">
        <h2 id="watch-files">{t('watch.files')}</h2>
        <Attachments owner={{ entity: 'watch_item', id: record.id }} editable />
      </section>
      <RequirementLinks entity="watch_item" entityId={record.id} />
      <section className="section" aria-labelledby="watch-history">
        <h2 id="watch-history">{t('watch.history')}</h2>
        <HistoryTimeline entity="watch_item" entityId={record.id} fieldLabel={format.label} formatValue={format.value} />
      </section>
      <Modal title={dialog === null ? '' : titles[dialog]} isOpen={dialog !== null} onOpenChange={(open) => !open && setDialog(null)}>
        {dialog === 'edit' && (
          <ItemForm
            defaultValues={itemFieldsOf(record)}
            serverPrefix="fields."
            submitLabel={t('common.save')}
            onSubmit={async (fields) => {
              await update.mutateAsync({ id: record.id, revision: record.revision, fields });
              done(t('watch.saved'));
            }}
            onCancel={() => setDialog(null)}
          />
        )}
        {dialog === 'decide' && <DecideForm item={record} onDone={() => done(t('watch.decided'))} onCancel={() => setDialog(null)} />}
        {dialog === 'inform' && <InformForm item={record} onDone={() => done(t('watch.informed'))} onCancel={() => setDialog(null)} />}
        {dialog === 'action' && (
          <ActionForm
            defaultValues={emptyActionFields(null, 'amelioration')}
            serverPrefix="fields."
            submitLabel={t('common.create')}
            onSubmit={async (fields) => {
              const created = await addAction.mutateAsync({ origin: { source: 'veille', watchItemId: record.id }, fields });
              done(t('watch.actionCreated', { reference: created.reference }));
            }}
            onCancel={() => setDialog(null)}
          />
        )}
      </Modal>
    </>
  );
};
