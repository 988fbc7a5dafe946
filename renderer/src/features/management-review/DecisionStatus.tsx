import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Decision } from '../../../../shared/schemas/management-review';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';

/** A decision's action as it stands now: its reference, owner, due date and status, in words (and a symbol when late). */
export const DecisionStatus = ({ decision }: { decision: Decision }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const action = decision.action;
  if (action === null) return <span className="decision-status decision-status--none">{t('managementReview.decisions.textOnly')}</span>;
  const date = (value: string) => formatCalendarDate(value, dateLocale);
  return (
    <span className={`decision-status decision-status--${action.status}${action.overdue ? ' decision-status--overdue' : ''}`}>
      <Link to={`/actions/${action.id}`}>
        {t('managementReview.decisions.actionOf', { reference: action.reference, owner: action.ownerName, date: date(action.dueDate) })}
      </Link>
      {' — '}
      <strong>{t(`managementReview.labels.actionStatus.${action.status}`)}</strong>
      {action.doneOn !== null && ` (${t('managementReview.labels.doneOn', { date: date(action.doneOn) })})`}
      {action.overdue && (
        <span className="badge badge--overdue">
          <span aria-hidden="true">⚠ </span>
          {t('managementReview.labels.overdue')}
        </span>
      )}
    </span>
  );
};
