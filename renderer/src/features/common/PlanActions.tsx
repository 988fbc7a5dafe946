import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Risk } from '../../../../shared/schemas/risks';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';

/** The actions of the plan a record brought (a risk's treatment, a watch item's decision), each linking to its page. */
export const PlanActions = ({
  actions,
  title,
  empty,
  onAdd,
  addLabel,
}: {
  actions: Risk['actions'];
  /** A heading of its own, when the page has none for the actions already. */
  title?: string;
  empty: string;
  onAdd: (() => void) | null;
  addLabel: string;
}) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  return (
    <>
      {title && <h3>{title}</h3>}
      {actions.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="link-list">
          {actions.map((action) => (
            <li key={action.id} className="link-list__item">
              <Link to={`/actions/${action.id}`} className="reference">
                {action.reference}
              </Link>{' '}
              {action.description}
              <span className="link-list__meta">
                {action.ownerName}, {formatCalendarDate(action.dueDate, dateLocale)}
              </span>
              <span className={`badge badge--action-${action.status}`}>{t(`actions.status.${action.status}`)}</span>
            </li>
          ))}
        </ul>
      )}
      {onAdd && <Button onPress={onAdd}>{addLabel}</Button>}
    </>
  );
};
