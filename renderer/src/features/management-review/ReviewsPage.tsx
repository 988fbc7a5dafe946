import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { PageHeader } from '../../ui/PageHeader';
import { EmptyState } from '../../ui/States';
import { useReviews } from './hooks';
import './management-review.css';
import { QueryFallback } from '../../ui/list/QueryView';

/** Every management review, newest first: when, which period, who, and how many decisions became actions. */
export const ReviewsPage = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const navigate = useNavigate();
  const reviews = useReviews();
  const date = (value: string) => formatCalendarDate(value, dateLocale);

  const content = () => {
    if (!reviews.isSuccess) return <QueryFallback query={reviews} />;
    if (reviews.data.length === 0) {
      return (
        <EmptyState
          title={t('managementReview.emptyTitle')}
          action={
            <Button variant="primary" onPress={() => void navigate('/revues-de-direction/nouvelle')}>
              {t('managementReview.new')}
            </Button>
          }
        >
          {t('managementReview.emptyText')}
        </EmptyState>
      );
    }
    return (
      <div className="table-scroller" tabIndex={0} role="region" aria-label={t('managementReview.list')}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('managementReview.field.heldOn')}</th>
              <th scope="col">{t('managementReview.field.period')}</th>
              <th scope="col">{t('managementReview.field.participants')}</th>
              <th scope="col">{t('managementReview.decisions.title')}</th>
              <th scope="col">{t('managementReview.field.status')}</th>
            </tr>
          </thead>
          <tbody>
            {reviews.data.map((review) => (
              <tr key={review.id}>
                <th scope="row" className="nowrap">
                  <Link to={`/revues-de-direction/${review.id}`}>{date(review.heldOn)}</Link>
                </th>
                <td>{t('managementReview.periodText', { start: date(review.periodStart), end: date(review.periodEnd) })}</td>
                <td>{review.participantNames.join(', ') || t('managementReview.participantsNone')}</td>
                <td>{t('managementReview.decisionsCount', { count: review.decisionCount })}</td>
                <td>{t(`managementReview.status.${review.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  };

  return (
    <>
      <PageHeader
        title={t('managementReview.title')}
        subtitle={t('managementReview.subtitle')}
        actions={
          <Link className="button button--primary" to="/revues-de-direction/nouvelle">
            {t('managementReview.new')}
          </Link>
        }
      />
      {content()}
    </>
  );
};
