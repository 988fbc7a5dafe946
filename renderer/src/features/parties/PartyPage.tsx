import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { QueryFallback } from '../../ui/list/QueryView';
import { RequirementLinks } from '../referentials';
import { useParty } from './hooks';
import { PartyDetails } from './PartyDetails';
import { PartyForm, partyFieldsOf } from './PartyForm';
import { ContextTabs } from '../common/ContextTabs';
import { useContextMutation } from '../common/contextMutation';
import { OriginRisks } from '../common/OriginRisks';
import { LifeBadges } from '../common/RegisterLife';
import { RegisterHistory, RegisterLifeButtons, RegisterLifeDialog, useRegisterLifeTitles } from '../common/RegisterLifeDialog';

/** One interested party: its needs and expectations, the structure's answer, what in the file answers it, its history. */
export const PartyPage = () => {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const location = useLocation();
  const party = useParty(id);
  const update = useContextMutation('parties.update');
  const [dialog, setDialog] = useState<'edit' | 'review' | 'retire' | null>(null);
  const [notice, showNotice] = useNotice();
  const arrivalNotice = (location.state as { notice?: string } | null)?.notice ?? null;

  const lifeTitles = useRegisterLifeTitles(party.data?.name ?? '');
  if (!party.isSuccess) return <QueryFallback query={party} />;
  const record = party.data;
  const active = record.status === 'actif';
  const done = (message: string) => {
    setDialog(null);
    showNotice(message);
  };
  const titles = {
    edit: t('parties.editTitle'),
    ...lifeTitles,
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
              <RegisterLifeButtons open={setDialog} />
            </>
          )
        }
      />
      <ContextTabs />
      <Notice message={notice ?? arrivalNotice} />
      <PartyDetails party={record} />
      <OriginRisks origin="partie" originId={record.id} title={t('parties.risks')} canAdd={active} />
      <RequirementLinks entity="party" entityId={record.id} isReadOnly={!active} />
      <RegisterHistory entity="party" entityId={record.id} title={t('parties.history')} />
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
        <RegisterLifeDialog register="parties" dialog={dialog} record={record} onDone={done} onCancel={() => setDialog(null)} />
      </Modal>
    </>
  );
};
