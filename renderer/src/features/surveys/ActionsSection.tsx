import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SurveyDetail } from '../../../../shared/schemas/surveys';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { Button } from '../../ui/Button';

/** The actions a campaign's results called for, with their owner, due date and status, and the button that adds one. */
export const ActionsSection = ({ survey: record, onAddAction }: { survey: SurveyDetail; onAddAction: () => void }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const date = (value: string) => formatCalendarDate(value, dateLocale);
  return (
    <section className="section" aria-labelledby="survey-actions">
      <h2 id="survey-actions">{t('surveys.actions')}</h2>
      {record.actions.length === 0 ? (
        <p>{t('surveys.actionsEmpty')}</p>
      ) : (
        <ul className="link-list">
          {record.actions.map((action) => (
            <li key={action.id} className="link-list__item">
              <Link to={`/actions/${action.id}`} className="reference">
                {action.reference}
              </Link>{' '}
              {action.description} — {action.ownerName}, {date(action.dueDate)} — {t(`actions.status.${action.status}`)}
            </li>
          ))}
        </ul>
      )}
      <Button onPress={onAddAction}>{t('surveys.addAction')}</Button>
    </section>
  );
};
