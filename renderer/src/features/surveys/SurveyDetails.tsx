import { useTranslation } from 'react-i18next';
import type { SurveyDetail } from '../../../../shared/schemas/surveys';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';

/** A campaign's population and dates, its answers, its satisfaction rate and the indicator it feeds. */
export const SurveyDetails = ({ survey: record }: { survey: SurveyDetail }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const date = (value: string) => formatCalendarDate(value, dateLocale);
  return (
    <dl className="details">
      <dt>{t('surveys.field.population')}</dt>
      <dd>{t(`surveys.population.${record.population}`)}</dd>
      <dt>{t('surveys.field.period')}</dt>
      <dd>
        {date(record.opensOn)} – {date(record.closesOn)}
      </dd>
      <dt>{t('surveys.field.responses')}</dt>
      <dd data-testid="survey-responses">
        {t('surveys.responses', { count: record.responses })}
        {record.solicited !== null && ` / ${record.solicited}`}
      </dd>
      <dt>{t('surveys.rate')}</dt>
      <dd data-testid="survey-rate">
        {record.rate === null
          ? t('surveys.noRate')
          : `${t('surveys.rateValue', { rate: record.rate.toLocaleString(dateLocale.code) })} — ${t('surveys.rateDetail', { satisfied: String(record.satisfied), total: String(record.counted) })}`}
      </dd>
      <dt>{t('surveys.field.indicator')}</dt>
      <dd data-testid="survey-indicator">
        {record.indicatorId === null
          ? t('surveys.indicatorNone')
          : record.measurement
            ? t('surveys.indicatorFed', {
                name: record.indicatorName ?? '',
                period: record.measurement.periodLabel,
                value: record.measurement.value.toLocaleString(dateLocale.code),
              })
            : (record.indicatorName ?? '')}
      </dd>
    </dl>
  );
};
