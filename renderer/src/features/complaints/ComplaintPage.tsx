import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { HistoryTimeline } from '../history/HistoryTimeline';
import { useLoopHistoryFormat } from '../common/loopHistory';
import { useLoopMutation } from '../common/loopMutation';
import { ComplaintDetails } from './ComplaintDetails';
import { ComplaintForm } from './ComplaintForm';
import { OpenNonconformityForm } from './OpenNonconformityForm';
import { useComplaint } from './hooks';
import '../common/loop.css';
import { QueryFallback } from '../../ui/list/QueryView';

/** One réclamation: who, when, how, what about, the response and its time, its analysis, the nonconformity it opened, its history. */
export const ComplaintPage = () => {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const location = useLocation();
  const complaint = useComplaint(id);
  const update = useLoopMutation('complaints.update');
  const [dialog, setDialog] = useState<'edit' | 'nc' | null>(null);
  const [notice, showNotice] = useNotice();
  const format = useLoopHistoryFormat();
  const arrivalNotice = (location.state as { notice?: string } | null)?.notice ?? null;

  if (!complaint.isSuccess) return <QueryFallback query={complaint} />;
  const record = complaint.data;
  return (
    <>
      <p className="breadcrumb">
        <Link to="/reclamations">← {t('complaints.title')}</Link>
      </p>
      <PageHeader
        title={<span className="reference">{record.reference}</span>}
        subtitle={<span className={`badge badge--complaint-${record.state}`}>{t(`complaints.state.${record.state}`)}</span>}
        actions={
          <>
            <Button onPress={() => setDialog('edit')}>{t('complaints.edit')}</Button>
            {!record.nonconformity && (
              <Button variant="primary" onPress={() => setDialog('nc')}>
                {t('complaints.openNc')}
              </Button>
            )}
          </>
        }
      />
      <Notice message={notice ?? arrivalNotice} />
      <ComplaintDetails record={record} />
      <section className="section" aria-labelledby="complaint-history">
        <h2 id="complaint-history">{t('complaints.history')}</h2>
        <HistoryTimeline entity="complaint" entityId={record.id} fieldLabel={format.label} formatValue={format.value} />
      </section>
      <Modal
        title={
          dialog === 'nc'
            ? t('complaints.openNcTitle', { reference: record.reference })
            : t('complaints.editTitle', { reference: record.reference })
        }
        isOpen={dialog !== null}
        onOpenChange={(open) => !open && setDialog(null)}
      >
        {dialog === 'nc' && <OpenNonconformityForm complaint={record} onCancel={() => setDialog(null)} />}
        {dialog === 'edit' && (
          <ComplaintForm
            defaultValues={{
              complainantKind: record.complainantKind,
              complainant: record.complainant ?? '',
              receivedOn: record.receivedOn,
              channel: record.channel,
              subject: record.subject,
              processId: record.processId,
              handledById: record.handledById,
              responseDue: record.responseDue,
              respondedOn: record.respondedOn,
              response: record.response ?? '',
              founded: record.founded,
              analysedOn: record.analysedOn,
              cause: record.cause ?? '',
              actionId: record.action?.id ?? null,
            }}
            serverPrefix="fields."
            submitLabel={t('common.save')}
            onSubmit={async (fields) => {
              await update.mutateAsync({ id: record.id, revision: record.revision, fields });
              setDialog(null);
              showNotice(t('complaints.saved'));
            }}
            onCancel={() => setDialog(null)}
          />
        )}
      </Modal>
    </>
  );
};
