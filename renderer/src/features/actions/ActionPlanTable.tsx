import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Action } from '../../../../shared/schemas/actions';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { VirtualTable } from '../../ui/VirtualTable';
import { ActionOrigin } from './ActionOrigin';
import '../common/actions.css';

/** The process column gives way first in a narrow window (the filter still offers it). */
const PROCESS_COLUMN = 4;

/**
 * The plan's actions loaded so far (`rowCount` in all); only the rows in view are rendered, so a plan
 * of thousands of actions stays fast, and `onNearEnd` asks for the next page as the user nears the last.
 */
export const ActionPlanTable = ({ actions, rowCount, onNearEnd }: { actions: Action[]; rowCount?: number; onNearEnd?: () => void }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  return (
    <VirtualTable
      label={t('actions.list')}
      headers={(['reference', 'description', 'origin', 'owner', 'process', 'dueDate', 'status'] as const).map((field) =>
        t(`actions.field.${field}`),
      )}
      lowPriority={[PROCESS_COLUMN]}
      rows={actions}
      rowCount={rowCount}
      onNearEnd={onNearEnd}
      rowKey={(action) => action.id}
      cells={(action) => (
        <>
          <td className="nowrap">
            <Link to={`/actions/${action.id}`} className="reference">
              {action.reference}
            </Link>
          </td>
          <td className="col-title">
            <span className="action-type">{t(`actions.type.${action.type}`)}</span> {action.description}
          </td>
          <td>
            <ActionOrigin action={action} />
          </td>
          <td>{action.ownerName}</td>
          <td className="col-low">{action.processName ?? t('common.none')}</td>
          <td>
            <div className="review-cell">
              <span className="nowrap">{formatCalendarDate(action.dueDate, dateLocale)}</span>
              {action.overdue && <span className="badge badge--overdue">⚠ {t('actions.overdue')}</span>}
            </div>
          </td>
          <td className="nowrap">
            <span className={`badge badge--action-${action.status}`}>{t(`actions.status.${action.status}`)}</span>
          </td>
        </>
      )}
    />
  );
};
