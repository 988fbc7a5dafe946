import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { freeTextInputs } from '../../../../shared/domain/management-review';
import type { ManagementReview } from '../../../../shared/schemas/management-review';
import { useLocale } from '../../i18n';
import { formatCalendarDate, formatInstant } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { HistoryTimeline } from '../history/HistoryTimeline';
import { DecisionsSection } from './DecisionsSection';
import { HoldReviewDialog } from './HoldReviewDialog';
import { useReview, useUpdateReview } from './hooks';
import { PdfJobButton } from '../../ui/pdf/PdfJobButton';
import { ReviewForm } from './ReviewForm';
import { ReviewInputsSection } from './ReviewInputsSection';
import './management-review.css';
import { QueryFallback } from '../../ui/list/QueryView';
import { reviewMinutesFileName } from '../../../../shared/domain/pack';
import { call } from '../../api/client';

const dateFields = new Set(['heldOn', 'periodStart', 'periodEnd']);

const formValues = (review: ManagementReview) => ({
  heldOn: review.heldOn,
  periodStart: review.periodStart,
  periodEnd: review.periodEnd,
  participantIds: review.participants.map((participant) => participant.id),
  otherParticipants: review.otherParticipants,
  contextChanges: review.contextChanges,
  resources: review.resources,
  risksOpportunities: review.risksOpportunities,
  externalProviders: review.externalProviders,
  conclusion: review.conclusion,
});

/** One management review: who and which period, its inputs from the file, what only the direction knows, its decisions. */
export const ReviewPage = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const id = Number(useParams().id);
  const location = useLocation();
  const review = useReview(id);
  const update = useUpdateReview();
  const [editing, setEditing] = useState(false);
  const [holding, setHolding] = useState(false);
  const [notice, showNotice] = useNotice();
  const arrivalNotice = (location.state as { notice?: string } | null)?.notice ?? null;

  if (!review.isSuccess) return <QueryFallback query={review} />;
  const data = review.data;
  const date = (value: string) => formatCalendarDate(value, dateLocale);
  const editable = data.status === 'en_preparation';
  const participants = [...data.participants.map((p) => (p.jobTitle ? `${p.name} (${p.jobTitle})` : p.name)), data.otherParticipants]
    .filter((name): name is string => name !== null && name !== '')
    .join(', ');

  return (
    <>
      <p className="breadcrumb">
        <Link to="/revues-de-direction">← {t('managementReview.title')}</Link>
      </p>
      <PageHeader
        title={t('managementReview.heading', { date: date(data.heldOn) })}
        subtitle={t(`managementReview.status.${data.status}`)}
        actions={
          editable &&
          !editing && (
            <>
              <Button onPress={() => setEditing(true)}>{t('common.edit')}</Button>
              <Button variant="primary" onPress={() => setHolding(true)}>
                {t('managementReview.hold.action')}
              </Button>
            </>
          )
        }
      />
      <Notice message={notice ?? arrivalNotice} />
      <PdfJobButton
        label={t('managementReview.minutes.action')}
        fileName={reviewMinutesFileName(data.heldOn)}
        start={(targetId) => call('managementReview.startMinutes', { reviewId: data.id, ...(targetId ? { targetId } : {}) })}
      />
      {editing && (
        <section className="section" aria-label={t('managementReview.editTitle')}>
          <ReviewForm
            defaultValues={formValues(data)}
            submitLabel={t('common.save')}
            serverPrefix="fields."
            onSubmit={async (fields) => {
              await update.mutateAsync({ id: data.id, revision: data.revision, fields });
              setEditing(false);
              showNotice(t('managementReview.updated'));
            }}
            onCancel={() => setEditing(false)}
          />
        </section>
      )}
      <dl className="details">
        <dt>{t('managementReview.field.period')}</dt>
        <dd>{t('managementReview.periodText', { start: date(data.periodStart), end: date(data.periodEnd) })}</dd>
        <dt>{t('managementReview.field.participants')}</dt>
        <dd data-testid="review-participants">{participants || t('managementReview.participantsNone')}</dd>
        <dt>{t('managementReview.field.status')}</dt>
        <dd>
          {data.heldAt === null
            ? t('managementReview.liveNotice')
            : t('managementReview.heldNotice', { date: formatInstant(data.heldAt, dateLocale) })}
        </dd>
      </dl>
      <ReviewInputsSection reviewId={data.id} />
      <section className="section" aria-labelledby="free-title">
        <h2 id="free-title">{t('managementReview.inputs.free')}</h2>
        <dl className="details details--stacked">
          {[...freeTextInputs, 'conclusion' as const].map((name) => (
            <div key={name}>
              <dt>{t(`managementReview.field.${name}`)}</dt>
              <dd className="prose">{data[name] ?? t('managementReview.inputs.empty')}</dd>
            </div>
          ))}
        </dl>
      </section>
      <DecisionsSection review={data} onNotice={showNotice} />
      <section className="section" aria-labelledby="history-title">
        <h2 id="history-title">{t('managementReview.history')}</h2>
        <HistoryTimeline
          entity="management_review"
          entityId={data.id}
          fieldLabel={(field) => t(`managementReview.field.${field}` as 'managementReview.field.heldOn', { defaultValue: field })}
          formatValue={(field, value) =>
            typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && dateFields.has(field) ? date(value) : String(value)
          }
        />
      </section>
      <HoldReviewDialog
        review={data}
        isOpen={holding}
        onOpenChange={setHolding}
        onHeld={() => {
          setHolding(false);
          showNotice(t('managementReview.hold.done'));
        }}
      />
    </>
  );
};
