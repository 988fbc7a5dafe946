import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { QueryFallback } from '../../ui/list/QueryView';
import { RequirementLinks } from '../referentials';
import { useRisk, useRiskScale } from './hooks';
import { ReevaluateForm, RiskActionForm, RiskEditForm, TreatForm } from './RiskDialogs';
import { ReevaluationLate } from './RisksTable';
import { RiskDetails, RiskEvaluations } from './RiskDetails';
import { RiskTreatment } from './RiskTreatment';
import { ContextTabs } from '../common/ContextTabs';
import { LifeBadges } from '../common/RegisterLife';
import { RegisterHistory, RegisterLifeButtons, RegisterLifeDialog, useRegisterLifeTitles } from '../common/RegisterLifeDialog';

type Dialog = 'edit' | 'treat' | 'reevaluate' | 'action' | 'review' | 'retire';

/** One risk or opportunity: its origin, evaluations, treatment and actions, requirements and history. */
export const RiskPage = () => {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const location = useLocation();
  const risk = useRisk(id);
  const scale = useRiskScale();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [notice, showNotice] = useNotice();
  const arrivalNotice = (location.state as { notice?: string } | null)?.notice ?? null;

  const lifeTitles = useRegisterLifeTitles(risk.data?.reference ?? '');
  if (!risk.isSuccess) return <QueryFallback query={risk} />;
  if (!scale.isSuccess) return <QueryFallback query={scale} />;
  const record = risk.data;
  const active = record.status === 'actif';
  const done = (message: string) => {
    setDialog(null);
    showNotice(message);
  };
  const titles: Record<Dialog, string> = {
    edit: t('risks.editTitle', { reference: record.reference }),
    treat: t('risks.treatTitle', { reference: record.reference }),
    reevaluate: t('risks.reevaluateTitle', { reference: record.reference }),
    action: t('risks.addActionTitle', { reference: record.reference }),
    ...lifeTitles,
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
              <RegisterLifeButtons open={setDialog} />
            </>
          )
        }
      />
      <ContextTabs />
      <Notice message={notice ?? arrivalNotice} />
      <RiskDetails risk={record} />
      <RiskEvaluations risk={record} scale={scale.data} />
      <RiskTreatment
        risk={record}
        onTreat={active ? () => setDialog('treat') : null}
        onAddAction={active ? () => setDialog('action') : null}
      />
      <RequirementLinks entity="risk" entityId={record.id} isReadOnly={!active} />
      <RegisterHistory entity="risk" entityId={record.id} title={t('risks.history')} />
      <Modal title={dialog === null ? '' : titles[dialog]} isOpen={dialog !== null} onOpenChange={(open) => !open && setDialog(null)}>
        {dialog === 'edit' && (
          <RiskEditForm risk={record} scale={scale.data} onDone={() => done(t('risks.saved'))} onCancel={() => setDialog(null)} />
        )}
        {dialog === 'treat' && <TreatForm risk={record} onDone={() => done(t('risks.treated'))} onCancel={() => setDialog(null)} />}
        {dialog === 'reevaluate' && (
          <ReevaluateForm risk={record} scale={scale.data} onDone={() => done(t('risks.reevaluated'))} onCancel={() => setDialog(null)} />
        )}
        {dialog === 'action' && (
          <RiskActionForm
            risk={record}
            onDone={(reference) => done(t('risks.actionCreated', { reference }))}
            onCancel={() => setDialog(null)}
          />
        )}
        <RegisterLifeDialog register="risks" dialog={dialog} record={record} onDone={done} onCancel={() => setDialog(null)} />
      </Modal>
    </>
  );
};
