import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { QueryFallback } from '../../ui/list/QueryView';
import { HistoryTimeline } from '../history/HistoryTimeline';
import { useWatchItems, useWatchSource } from './hooks';
import { ConsultedForm, SourceForm, sourceFieldsOf } from './WatchForms';
import { ContextTabs } from '../common/ContextTabs';
import { useContextHistoryFormat } from '../common/contextHistory';
import { useContextMutation } from '../common/contextMutation';

/** One source followed: its pace, its consultations, the items noticed there, its history. */
export const SourcePage = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const id = Number(useParams().id);
  const source = useWatchSource(id);
  const items = useWatchItems({ sourceId: id });
  const update = useContextMutation('watch.updateSource');
  const consulted = useContextMutation('watch.consulted');
  const [dialog, setDialog] = useState<'edit' | 'consulted' | null>(null);
  const [notice, showNotice] = useNotice();
  const format = useContextHistoryFormat();

  if (!source.isSuccess) return <QueryFallback query={source} />;
  const record = source.data;
  const date = (value: string | null) => (value ? formatCalendarDate(value, dateLocale) : t('watch.never'));
  const done = (message: string) => {
    setDialog(null);
    showNotice(message);
  };
  return (
    <>
      <p className="breadcrumb">
        <Link to="/veille">← {t('watch.title')}</Link>
      </p>
      <PageHeader
        title={record.name}
        subtitle={record.consultationLate && <span className="badge badge--late">{t('watch.late')}</span>}
        actions={
          <>
            <Button onPress={() => setDialog('edit')}>{t('watch.edit')}</Button>
            {record.active && <Button onPress={() => setDialog('consulted')}>{t('watch.consulted')}</Button>}
          </>
        }
      />
      <ContextTabs />
      <Notice message={notice} />
      <dl className="details">
        <dt>{t('watch.field.domain')}</dt>
        <dd>{t(`watch.domain.${record.domain}`)}</dd>
        <dt>{t('watch.field.url')}</dt>
        <dd>
          {record.url ? (
            <a href={record.url} target="_blank" rel="noreferrer noopener">
              {record.url}
            </a>
          ) : (
            t('common.none')
          )}
        </dd>
        <dt>{t('watch.field.frequency')}</dt>
        <dd>{t(`watch.frequency.${record.frequency}`)}</dd>
        <dt>{t('watch.field.owner')}</dt>
        <dd>{record.ownerName ?? t('common.none')}</dd>
        <dt>{t('watch.field.followedSince')}</dt>
        <dd>{date(record.followedSince)}</dd>
        <dt>{t('watch.field.lastConsultedOn')}</dt>
        <dd>{date(record.lastConsultedOn)}</dd>
        <dt>{t('watch.field.nextConsultationDue')}</dt>
        <dd>{date(record.nextConsultationDue)}</dd>
        <dt>{t('watch.field.active')}</dt>
        <dd>{t(record.active ? 'common.yes' : 'common.no')}</dd>
        <dt>{t('watch.field.notes')}</dt>
        <dd className="nc-text">{record.notes ?? t('common.none')}</dd>
      </dl>
      <section className="section" aria-labelledby="source-items">
        <h2 id="source-items">{t('watch.sourceItems')}</h2>
        {!items.isSuccess ? (
          <QueryFallback query={items} />
        ) : items.data.length === 0 ? (
          <p>{t('watch.emptyTitle')}</p>
        ) : (
          <ul className="link-list">
            {items.data.map((item) => (
              <li key={item.id} className="link-list__item">
                <Link to={`/veille/informations/${item.id}`}>
                  <span className="reference">{item.reference}</span> {item.title}
                </Link>
                <span className="link-list__meta">{formatCalendarDate(item.noticedOn, dateLocale)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="section" aria-labelledby="source-history">
        <h2 id="source-history">{t('watch.sourceHistory')}</h2>
        <HistoryTimeline entity="watch_source" entityId={record.id} fieldLabel={format.label} formatValue={format.value} />
      </section>
      <Modal
        title={dialog === 'consulted' ? t('watch.consultedTitle', { name: record.name }) : t('watch.editSourceTitle')}
        isOpen={dialog !== null}
        onOpenChange={(open) => !open && setDialog(null)}
      >
        {dialog === 'edit' && (
          <SourceForm
            defaultValues={sourceFieldsOf(record)}
            serverPrefix="fields."
            submitLabel={t('common.save')}
            onSubmit={async (fields) => {
              await update.mutateAsync({ id: record.id, revision: record.revision, fields });
              done(t('watch.sourceSaved'));
            }}
            onCancel={() => setDialog(null)}
          />
        )}
        {dialog === 'consulted' && (
          <ConsultedForm
            onSubmit={async (consultedOn) => {
              await consulted.mutateAsync({ id: record.id, revision: record.revision, consultedOn });
              done(t('watch.consultedSaved'));
            }}
            onCancel={() => setDialog(null)}
          />
        )}
      </Modal>
    </>
  );
};
