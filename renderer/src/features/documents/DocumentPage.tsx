import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { documentTypes } from '../../../../shared/domain/documents';
import { reviewOutcomes, versionStatuses } from '../../../../shared/domain/versions';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { useFileHistoryFormat } from '../files/history';
import { HistoryTimeline } from '../history/HistoryTimeline';
import { RequirementLinks } from '../referentials';
import { DocumentDetails } from './DocumentDetails';
import { DocumentEditForm } from './DocumentEditForm';
import { useDocument, useUpdateDocument } from './hooks';
import { ReadsSection } from './ReadsSection';
import { PdfJobButton } from '../../ui/pdf/PdfJobButton';
import { ReviewsSection } from './ReviewsSection';
import { VersionsSection } from './VersionsSection';
import { QueryFallback } from '../../ui/list/QueryView';
import { readSheetFileName } from '../../../../shared/domain/pack';
import { call } from '../../api/client';

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T => list.includes(value as T);
const dateFields = new Set(['effectiveDate', 'approvedOn', 'writtenOn', 'checkedOn', 'reviewDate', 'readOn', 'lastReviewDate']);

/** One document: its record, versions and approval, periodic reviews, read acknowledgements and history. */
export const DocumentPage = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const id = Number(useParams().id);
  const location = useLocation();
  const document = useDocument(id);
  const update = useUpdateDocument();
  const [editing, setEditing] = useState(false);
  const [notice, showNotice] = useNotice();
  const fileHistory = useFileHistoryFormat();
  const arrivalNotice = (location.state as { notice?: string } | null)?.notice ?? null;

  if (!document.isSuccess) return <QueryFallback query={document} />;
  const doc = document.data;

  /** How a recorded value reads on the timeline: enum labels and dates in words. */
  const formatValue = (field: string, value: unknown): string => {
    const fileValue = fileHistory.value(field, value);
    if (fileValue !== null) return fileValue;
    if (field === 'type' && isOneOf(documentTypes, value)) return t(`documents.type.${value}`);
    if ((field === 'status' || field === 'initialStatus') && isOneOf(versionStatuses, value)) return t(`versions.status.${value}`);
    if (field === 'outcome' && isOneOf(reviewOutcomes, value)) return t(`reviews.outcome.${value}`);
    if (dateFields.has(field) && typeof value === 'string') return formatCalendarDate(value, dateLocale);
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
        <DocumentEditForm
          defaultValues={{
            title: doc.title,
            type: doc.type,
            processId: doc.processId,
            ownerId: doc.ownerId,
            reviewPeriodMonths: doc.reviewPeriodMonths,
          }}
          onSubmit={async (fields) => {
            await update.mutateAsync({ id: doc.id, revision: doc.revision, fields });
            setEditing(false);
            showNotice(t('documents.updated'));
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <DocumentDetails document={doc} />
      )}
      <RequirementLinks entityId={doc.id} />
      <VersionsSection document={doc} onNotice={showNotice} />
      <ReviewsSection document={doc} onNotice={showNotice} />
      {doc.inForce && <ReadsSection documentId={doc.id} version={doc.inForce} onNotice={showNotice} />}
      {doc.inForce && (
        <PdfJobButton
          label={t('pack.readSheet')}
          fileName={readSheetFileName(doc.reference, doc.inForce.indice)}
          start={(targetId) => call('pack.startReadSheet', { documentId: doc.id, ...(targetId ? { targetId } : {}) })}
        />
      )}
      <section className="section" aria-labelledby="history-title">
        <h2 id="history-title">{t('documents.history')}</h2>
        <HistoryTimeline
          entity="document"
          entityId={doc.id}
          fieldLabel={(field) =>
            fileHistory.label(field) ?? t(`documents.field.${field}` as 'documents.field.title', { defaultValue: field })
          }
          formatValue={formatValue}
        />
      </section>
    </>
  );
};
