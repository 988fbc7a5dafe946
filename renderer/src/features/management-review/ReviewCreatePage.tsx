import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { defaultReviewPeriod } from '../../../../shared/domain/management-review';
import { todayOnThisComputer } from '../../app/today';
import { PageHeader } from '../../ui/PageHeader';
import { useCreateReview } from './hooks';
import { ReviewForm } from './ReviewForm';
import './management-review.css';

/** A new management review, held today by default and covering last calendar year (the year ending, from 1 December). */
export const ReviewCreatePage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateReview();
  const today = todayOnThisComputer();
  return (
    <>
      <p className="breadcrumb">
        <Link to="/revues-de-direction">← {t('managementReview.title')}</Link>
      </p>
      <PageHeader title={t('managementReview.newTitle')} />
      <section className="card" aria-label={t('managementReview.newTitle')}>
        <ReviewForm
          defaultValues={{
            heldOn: today,
            ...defaultReviewPeriod(today),
            participantIds: [],
            otherParticipants: null,
            contextChanges: null,
            resources: null,
            risksOpportunities: null,
            externalProviders: null,
            conclusion: null,
          }}
          submitLabel={t('common.create')}
          onSubmit={async (fields) => {
            const created = await create.mutateAsync(fields);
            await navigate(`/revues-de-direction/${created.id}`, { state: { notice: t('managementReview.created') } });
          }}
          onCancel={() => void navigate('/revues-de-direction')}
        />
      </section>
    </>
  );
};
