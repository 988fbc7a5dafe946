import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { QueryFallback } from '../../ui/list/QueryView';
import { HistoryTimeline } from '../history/HistoryTimeline';
import { RequirementLinks } from '../referentials';
import { useParty } from './hooks';
import { PartyDetails } from './PartyDetails';
import { PartyForm, partyFieldsOf } from './PartyForm';
import { ContextTabs } from '../common/ContextTabs';
import { useContextHistoryFormat } from '../common/contextHistory';
import { useContextMutation } from '../common/contextMutation';
import { OriginRisks } from '../common/OriginRisks';
import { LifeBadges, RegisterRetireForm, RegisterReviewForm } from '../common/RegisterLife';

/** One interested party: its needs and expectations, the structure's answer, what in the file answers it, its history. */
export const PartyPage = () => {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const location = useLocation();
  const party = useParty(id);
  const update = useContextMutation('parties.update');
  const review = useContextMutation('parties.review');
  const retire = useContextMutation('parties.retire');
  const [dialog, setDialog] = useState<'edit' | 'review' | 'retire' | null>(null);
  const [notice, showNotice] = useNotice();
  const format = useContextHistoryFormat();
  const arrivalNotice = (location.state as { notice?: string } | null)?.notice ?? null;

  if (!party.isSuccess) return <QueryFallback query={party} />;
  const record = party.data;
  const active = record.status === 'actif';
  const done = (message: string) => {
    setDialog(null);
    showNotice(message);
  };
  const titles = {
    edit: t('parties.editTitle'),
    review: t('issues.life.reviewTitle', { name: record.name }),
    retire: t('issues.life.retireTitle', { name: record.name }),
  };
  return (
    <>
      <p className="breadcrumb">
        <Link to="/parties-interessees">← {t('parties.title')}</Link>
      </p>
      <PageHeader
        title={record.name}
        subtitle={<LifeBadges record={record} />}
        actions={
          active && (
            <>
              <Button onPress={() => setDialog('edit')}>{t('parties.edit')}</Button>
              <Button onPress={() => setDialog('review')}>{t('issues.life.review')}</Button>
              <Button onPress={() => setDialog('retire')}>{t('issues.life.retire')}</Button>
            </>
          )
        }
      />
      <ContextTabs />
      <Notice message={notice ?? arrivalNotice} />
      <PartyDetails party={record} />
      <OriginRisks origin="partie" originId={record.id} title={t('parties.risks')} canAdd={active} />
      <RequirementLinks entity="party" entityId={record.id} isReadOnly={!active} />
      <section className="section" aria-labelledby="party-history">
        <h2 id="party-history">{t('parties.history')}</h2>
        <HistoryTimeline entity="party" entityId={record.id} fieldLabel={format.label} formatValue={format.value} />
      </section>
      <Modal title={dialog === null ? '' : titles[dialog]} isOpen={dialog !== null} onOpenChange={(open) => !open && setDialog(null)}>
        {dialog === 'edit' && (
          <PartyForm
            defaultValues={partyFieldsOf(record)}
            serverPrefix="fields."
            submitLabel={t('common.save')}
            onSubmit={async (fields) => {
              await update.mutateAsync({ id: record.id, revision: record.revision, fields });
              done(t('parties.saved'));
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
