import { useTranslation } from 'react-i18next';
import type { IndicatorDetail } from '../../../../shared/schemas/indicators';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { useIndicatorFormat } from '../common/indicatorFormat';

/** The indicator's record: what it measures, against what, how often, and who answers for it. */
export const IndicatorDetails = ({ indicator }: { indicator: IndicatorDetail }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const format = useIndicatorFormat();
  const show = (value: number | null) => (value === null ? t('common.none') : format.value(value, indicator.unit, indicator.scaleMax));
  const next = indicator.nextMeasurement;
  return (
    <section aria-label={t('indicators.details')}>
      <dl className="details">
        {indicator.description && (
          <>
            <dt>{t('indicators.field.description')}</dt>
            <dd>{indicator.description}</dd>
          </>
        )}
        <dt>{t('indicators.field.theme')}</dt>
        <dd>{t(`indicators.theme.${indicator.theme}`)}</dd>
        <dt>{t('indicators.field.unit')}</dt>
        <dd>
          {t(`indicators.unit.${indicator.unit}`)}
          {indicator.denominatorLabel && ` — ${indicator.numeratorLabel ?? ''} / ${indicator.denominatorLabel}`}
          {indicator.partLabels && ` (${indicator.partLabels.join(' + ')})`}
        </dd>
        <dt>{t('indicators.field.direction')}</dt>
        <dd>{t(`indicators.direction.${indicator.direction}`)}</dd>
        <dt>{t('indicators.field.target')}</dt>
        <dd>{show(indicator.target)}</dd>
        <dt>{t('indicators.field.alertThreshold')}</dt>
        <dd>{show(indicator.alertThreshold)}</dd>
        <dt>{t('indicators.field.frequency')}</dt>
        <dd>
          {t(`indicators.frequency.${indicator.frequency}`)} —{' '}
          {t('indicators.nextDue', {
            period: format.period(indicator.frequency, next.periodStart),
            date: formatCalendarDate(next.due, dateLocale),
          })}
        </dd>
        <dt>{t('indicators.field.process')}</dt>
        <dd>{indicator.processName ?? t('common.none')}</dd>
        <dt>{t('indicators.field.owner')}</dt>
        <dd>{indicator.ownerName}</dd>
        {!indicator.active && (
          <>
            <dt>{t('indicators.field.active')}</dt>
            <dd>{t('indicators.inactive')}</dd>
          </>
        )}
      </dl>
    </section>
  );
};
