import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Survey } from '../../../../shared/schemas/surveys';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { VirtualTable } from '../../ui/VirtualTable';

/** The campaigns listed: population, dates, answers, satisfaction rate and state; only the rows in view are drawn (a campaign per population and season fills hundreds over the years). */
export const SurveysTable = ({ surveys }: { surveys: Survey[] }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const date = (value: string) => formatCalendarDate(value, dateLocale);
  return (
    <VirtualTable
      label={t('surveys.list')}
      headers={[
        t('surveys.field.title'),
        t('surveys.field.population'),
        t('surveys.field.period'),
        t('surveys.field.responses'),
        t('surveys.rate'),
        t('surveys.field.state'),
      ]}
      rows={surveys}
      rowKey={(survey) => survey.id}
      cells={(survey) => (
        <>
          <td>
            <Link to={`/enquetes/${survey.id}`}>{survey.title}</Link>
          </td>
          <td>{t(`surveys.population.${survey.population}`)}</td>
          <td className="nowrap">
            {date(survey.opensOn)} – {date(survey.closesOn)}
          </td>
          <td>{survey.responses}</td>
          <td>{survey.rate === null ? t('common.none') : t('surveys.rateValue', { rate: survey.rate.toLocaleString(dateLocale.code) })}</td>
          <td>
            <span className={`badge badge--survey-${survey.state}`}>{t(`surveys.state.${survey.state}`)}</span>
          </td>
        </>
      )}
    />
  );
};
