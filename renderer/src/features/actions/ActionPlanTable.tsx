import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Action } from '../../../../shared/schemas/actions';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { ActionOrigin } from './ActionOrigin';
import './actions.css';

/** First guess of a row's height; rows are measured once rendered (long descriptions wrap). */
const ESTIMATED_ROW_HEIGHT = 56;
const COLUMNS = 7;

/** Every action of the plan; only the rows in view are rendered, so a plan of thousands of actions stays fast. */
export const ActionPlanTable = ({ actions }: { actions: Action[] }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const scroller = useRef<HTMLDivElement>(null);
  // TanStack Virtual returns functions the React Compiler must not memoise; this component opts out by design.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: actions.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items[0]?.start ?? 0;
  const paddingBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  return (
    <div className="table-scroller" ref={scroller} tabIndex={0} role="region" aria-label={t('actions.list')}>
      <table className="table" aria-rowcount={actions.length + 1}>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('actions.field.reference')}</th>
            <th scope="col">{t('actions.field.description')}</th>
            <th scope="col">{t('actions.field.origin')}</th>
            <th scope="col">{t('actions.field.owner')}</th>
            <th scope="col">{t('actions.field.process')}</th>
            <th scope="col">{t('actions.field.dueDate')}</th>
            <th scope="col">{t('actions.field.status')}</th>
          </tr>
        </thead>
        <tbody>
          {paddingTop > 0 && (
            <tr aria-hidden="true">
              <td colSpan={COLUMNS} style={{ height: paddingTop, padding: 0, border: 0 }} />
            </tr>
          )}
          {items.map((item) => {
            const action = actions[item.index];
            if (!action) return null;
            return (
              <tr key={action.id} aria-rowindex={item.index + 2} data-index={item.index} ref={virtualizer.measureElement}>
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
                <td>{action.processName ?? t('common.none')}</td>
                <td>
                  <div className="review-cell">
                    <span className="nowrap">{formatCalendarDate(action.dueDate, dateLocale)}</span>
                    {action.overdue && <span className="badge badge--overdue">⚠ {t('actions.overdue')}</span>}
                  </div>
                </td>
                <td className="nowrap">
                  <span className={`badge badge--action-${action.status}`}>{t(`actions.status.${action.status}`)}</span>
                </td>
              </tr>
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden="true">
              <td colSpan={COLUMNS} style={{ height: paddingBottom, padding: 0, border: 0 }} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
};
