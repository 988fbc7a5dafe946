import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Survey } from '../../../../shared/schemas/surveys';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';

/** The campaigns listed: population, dates, answers, satisfaction rate and state. */
export const SurveysTable = ({ surveys }: { surveys: Survey[] }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const date = (value: string) => formatCalendarDate(value, dateLocale);
  return (
    <div className="table-scroller table-scroller--fit" role="region" aria-label={t('surveys.list')} tabIndex={0}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('surveys.field.title')}</th>
            <th scope="col">{t('surveys.field.population')}</th>
            <th scope="col">{t('surveys.field.period')}</th>
            <th scope="col">{t('surveys.field.responses')}</th>
            <th scope="col">{t('surveys.rate')}</th>
            <th scope="col">{t('surveys.field.state')}</th>
          </tr>
        </thead>
        <tbody>
          {surveys.map((survey) => (
            <tr key={survey.id}>
              <td>
                <Link to={`/enquetes/${survey.id}`}>{survey.title}</Link>
              </td>
              <td>{t(`surveys.population.${survey.population}`)}</td>
              <td className="nowrap">
                {date(survey.opensOn)} – {date(survey.closesOn)}
              </td>
              <td>{survey.responses}</td>
              <td>
                {survey.rate === null ? t('common.none') : t('surveys.rateValue', { rate: survey.rate.toLocaleString(dateLocale.code) })}
              </td>
              <td>
                <span className={`badge badge--survey-${survey.state}`}>{t(`surveys.state.${survey.state}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
