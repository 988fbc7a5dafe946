import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { z } from 'zod';
import { reviewOutcomes } from '../../../../shared/domain/versions';
import type { QualityDocument } from '../../../../shared/schemas/documents';
import { reviewFieldsSchema } from '../../../../shared/schemas/versions';
import { useServerForm } from '../../api/useServerForm';
import { todayOnThisComputer } from '../../app/today';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { FormDateField, FormSelectField, FormTextAreaField } from '../../ui/FormFields';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { Modal } from '../../ui/Modal';
import { FormPersonField } from '../people/FormPersonField';
import { useDocumentMove, useReviews } from './versions-hooks';
import { QueryFallback } from '../../ui/list/QueryView';

const ReviewForm = ({
  onSubmit,
  onCancel,
}: {
  onSubmit: (fields: z.output<typeof reviewFieldsSchema>) => Promise<unknown>;
  onCancel: () => void;
}) => {
  const { t } = useTranslation();
  const { control, formState, formError, submit } = useServerForm(reviewFieldsSchema, {
    defaultValues: { reviewDate: todayOnThisComputer(), reviewerId: null, outcome: 'reconduit', comment: '' },
    onSubmit,
    serverPrefix: 'fields.',
  });
  const outcomeOptions = reviewOutcomes.map((outcome) => ({ id: outcome, label: t(`reviews.outcome.${outcome}`) }));
  return (
    <Form className="form" onSubmit={(event) => void submit(event)} validationBehavior="aria">
      <FormAlert message={formError} />
      <div className="form__row">
        <FormDateField control={control} name="reviewDate" label={t('documents.field.reviewDate')} isRequired />
        <FormPersonField control={control} name="reviewerId" label={t('documents.field.reviewer')} isRequired />
      </div>
      <FormSelectField
        control={control}
        name="outcome"
        label={t('documents.field.outcome')}
        isRequired
        options={outcomeOptions}
        description={t('reviews.outcomeHelp')}
      />
      <FormTextAreaField control={control} name="comment" label={t('documents.field.comment')} maxLength={2000} />
      <FormActions submitLabel={t('reviews.record')} isSubmitting={formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

/** The review log (planned against actual dates) and the recording of a periodic review. */
export const ReviewsSection = ({ document, onNotice }: { document: QualityDocument; onNotice: (message: string) => void }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const reviews = useReviews(document.id);
  const record = useDocumentMove('documents.recordReview', document.id);
  const [open, setOpen] = useState(false);
  const date = (value: string | null) => (value ? formatCalendarDate(value, dateLocale) : t('common.none'));

  const log = () => {
    if (!reviews.isSuccess) return <QueryFallback query={reviews} />;
    if (reviews.data.length === 0) return <p>{t('reviews.none')}</p>;
    return (
      <table className="table" aria-label={t('reviews.log')}>
        <thead>
          <tr>
            <th scope="col">{t('reviews.planned')}</th>
            <th scope="col">{t('reviews.done')}</th>
            <th scope="col">{t('documents.field.version')}</th>
            <th scope="col">{t('documents.field.reviewer')}</th>
            <th scope="col">{t('documents.field.outcome')}</th>
            <th scope="col">{t('documents.field.comment')}</th>
          </tr>
        </thead>
        <tbody>
          {reviews.data.map((review) => (
            <tr key={review.id}>
              <td className="nowrap">{date(review.plannedDate)}</td>
              <td className="nowrap">{date(review.reviewDate)}</td>
              <td>{review.versionIndice}</td>
              <td>{review.reviewerName}</td>
              <td>
                {t(`reviews.outcome.${review.outcome}`)}
                {review.draftIndice && ` (${t('reviews.draftOpened', { indice: review.draftIndice })})`}
              </td>
              <td>{review.comment ?? t('common.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  };

  return (
    <section className="section" aria-labelledby="reviews-title">
      <div className="section__header">
        <h2 id="reviews-title">{t('reviews.title')}</h2>
        {document.inForce && <Button onPress={() => setOpen(true)}>{t('reviews.record')}</Button>}
      </div>
      {!document.inForce && <p className="form__help">{t('reviews.needsInForce')}</p>}
      {log()}
      <Modal title={t('reviews.recordTitle', { indice: document.inForce?.indice ?? '' })} isOpen={open} onOpenChange={setOpen}>
        <ReviewForm
          onSubmit={async (fields) => {
            await record.mutateAsync({ documentId: document.id, fields });
            setOpen(false);
            onNotice(t('reviews.recorded'));
          }}
          onCancel={() => setOpen(false)}
        />
      </Modal>
    </section>
  );
};
