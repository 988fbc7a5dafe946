import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { QueryFallback } from '../../ui/list/QueryView';
import { HistoryTimeline } from '../history/HistoryTimeline';
import { RequirementLinks } from '../referentials';
import { useParty } from './hooks';
import { PartyForm, partyFieldsOf } from './PartyForm';
import { ContextTabs } from '../common/ContextTabs';
import { useContextHistoryFormat } from '../common/contextHistory';
import { useContextMutation } from '../common/contextMutation';
import { OriginRisks } from '../common/OriginRisks';
import { LifeBadges, RegisterRetireForm, RegisterReviewForm } from '../common/RegisterLife';

/** What answers the party, as links to each record. */
const Answers = ({ items, path }: { items: readonly { id: number; name: string }[]; path: string | null }) => {
  const { t } = useTranslation();
  if (items.length === 0) return <>{t('common.none')}</>;
  return (
    <ul className="link-list">
      {items.map((item) => (
        <li key={item.id} className="link-list__item">
          {path === null ? item.name : <Link to={`${path}/${item.id}`}>{item.name}</Link>}
        </li>
      ))}
    </ul>
  );
};

/** One interested party: its needs and expectations, the structure's answer, what in the file answers it, its history. */
export const PartyPage = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
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
  const date = (value: string | null) => (value ? formatCalendarDate(value, dateLocale) : t('common.none'));
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
      <dl className="details">
        <dt>{t('issues.field.nature')}</dt>
        <dd>{t(`issues.nature.${record.nature}`)}</dd>
        <dt>{t('parties.field.relevance')}</dt>
        <dd>{t(`parties.relevance.${record.relevance}`)}</dd>
        <dt>{t('parties.field.needs')}</dt>
        <dd className="nc-text">{record.needs}</dd>
        <dt>{t('parties.field.response')}</dt>
        <dd className="nc-text">{record.response ?? t('common.none')}</dd>
        <dt>{t('parties.field.processes')}</dt>
        <dd>
          <Answers items={record.processes} path={null} />
        </dd>
        <dt>{t('parties.field.documents')}</dt>
        <dd>
          <Answers items={record.documents} path="/documents" />
        </dd>
        <dt>{t('parties.field.indicators')}</dt>
        <dd>
          <Answers items={record.indicators} path="/indicateurs" />
        </dd>
        <dt>{t('parties.field.climate')}</dt>
        <dd className="nc-text">{record.climate ?? t('common.none')}</dd>
        <dt>{t('parties.field.identifiedOn')}</dt>
        <dd>{date(record.identifiedOn)}</dd>
        <dt>{t('parties.field.lastReviewedOn')}</dt>
        <dd>{date(record.lastReviewedOn)}</dd>
        <dt>{t('parties.field.reviewDue')}</dt>
        <dd>{date(record.reviewDue)}</dd>
        {!active && (
          <>
            <dt>{t('parties.field.retiredOn')}</dt>
            <dd>
              {date(record.retiredOn)} — {record.retireReason}
            </dd>
          </>
        )}
      </dl>
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
