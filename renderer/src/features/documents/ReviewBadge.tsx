import { useTranslation } from 'react-i18next';
import type { CalendarDate } from '../../../../shared/domain/dates';
import { daysLate, reviewState } from '../../../../shared/domain/review';
import type { QualityDocument } from '../../../../shared/schemas/documents';

const icons = { overdue: '⚠', due_soon: '◷', on_time: '✓', not_scheduled: '?', not_applicable: '' } as const;

/** Where a document stands against its review: readable without colour (icon and words). */
export const ReviewBadge = ({ document, today }: { document: Pick<QualityDocument, 'status' | 'nextReviewDue'>; today: CalendarDate }) => {
  const { t } = useTranslation();
  const state = reviewState(document.status, document.nextReviewDue, today);
  if (state === 'not_applicable') return null;
  const late = document.nextReviewDue === null ? 0 : daysLate(document.nextReviewDue, today);
  const detail =
    state === 'overdue'
      ? t('documents.daysLate', { count: late })
      : state === 'due_soon'
        ? late === 0
          ? t('documents.dueToday')
          : t('documents.daysLeft', { count: -late })
        : null;
  return (
    <span className={`badge badge--${state}`} title={detail ?? undefined}>
      <span aria-hidden="true">{icons[state]} </span>
      {t(`documents.reviewState.${state}`)}
      {detail && <span className="badge__detail"> ({detail})</span>}
    </span>
  );
};
