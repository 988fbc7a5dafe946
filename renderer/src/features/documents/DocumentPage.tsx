import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { documentStatuses, documentTypes } from '../../../../shared/domain/documents';
import { todayOnThisComputer } from '../../app/today';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorState, Loading } from '../../ui/States';
import { HistoryTimeline } from '../history/HistoryTimeline';
import { DocumentForm } from './DocumentForm';
import { useDocument, useUpdateDocument } from './hooks';
import { ReviewBadge } from './ReviewBadge';

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T => list.includes(value as T);

/** One document: its record, an edit form, and the history of its changes. */
export const DocumentPage = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const id = Number(useParams().id);
  const location = useLocation();
  const document = useDocument(id);
  const update = useUpdateDocument();
  const [editing, setEditing] = useState(false);
  const [notice, showNotice] = useNotice();
  const arrivalNotice = (location.state as { notice?: string } | null)?.notice ?? null;

  if (document.isPending) return <Loading />;
  if (document.isError) return <ErrorState error={document.error} onRetry={() => void document.refetch()} />;
  const doc = document.data;
  const date = (value: string | null) => (value ? formatCalendarDate(value, dateLocale) : t('common.none'));

  const formatValue = (field: string, value: unknown): string => {
    if (field === 'type' && isOneOf(documentTypes, value)) return t(`documents.type.${value}`);
    if (field === 'status' && isOneOf(documentStatuses, value)) return t(`documents.status.${value}`);
    if (field === 'lastReviewDate' && typeof value === 'string') return date(value);
    return String(value);
  };

  return (
    <>
      <p className="breadcrumb">
        <Link to="/documents">← {t('documents.title')}</Link>
      </p>
      <PageHeader
        title={
          <>
            <span className="reference">{doc.reference}</span> {doc.title}
          </>
        }
        actions={
          !editing && (
            <Button variant="primary" onPress={() => setEditing(true)}>
              {t('common.edit')}
            </Button>
          )
        }
      />
      <Notice message={notice ?? arrivalNotice} />
      {editing ? (
        <DocumentForm
          defaultValues={{
            title: doc.title,
            type: doc.type,
            status: doc.status,
            processId: doc.processId,
            ownerId: doc.ownerId,
            reviewPeriodMonths: doc.reviewPeriodMonths,
            lastReviewDate: doc.lastReviewDate,
          }}
          submitLabel={t('common.save')}
          serverPrefix="fields."
          onSubmit={async (fields) => {
            await update.mutateAsync({ id: doc.id, revision: doc.revision, fields });
            setEditing(false);
            showNotice(t('documents.updated'));
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <section aria-label={t('documents.details')}>
          <dl className="details">
            <dt>{t('documents.field.type')}</dt>
            <dd>{t(`documents.type.${doc.type}`)}</dd>
            <dt>{t('documents.field.status')}</dt>
            <dd>{t(`documents.status.${doc.status}`)}</dd>
            <dt>{t('documents.field.process')}</dt>
            <dd>{doc.processName ?? t('common.none')}</dd>
            <dt>{t('documents.field.owner')}</dt>
            <dd>{doc.ownerName ?? t('common.none')}</dd>
            <dt>{t('documents.field.reviewPeriodMonths')}</dt>
            <dd>{doc.reviewPeriodMonths}</dd>
            <dt>{t('documents.field.lastReviewDate')}</dt>
            <dd>{date(doc.lastReviewDate)}</dd>
            <dt>{t('documents.field.nextReviewDue')}</dt>
            <dd>
              {date(doc.nextReviewDue)} <ReviewBadge document={doc} today={todayOnThisComputer()} />
            </dd>
          </dl>
        </section>
      )}
      <section className="section">
        <h2>{t('documents.history')}</h2>
        <HistoryTimeline
          entity="document"
          entityId={doc.id}
          fieldLabel={(field) => t(`documents.field.${field}` as 'documents.field.title', { defaultValue: field })}
          formatValue={formatValue}
        />
      </section>
    </>
  );
};
