import { useTranslation } from 'react-i18next';
import type { ProviderDetail } from '../../../../shared/schemas/providers';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';

/** What a provider supplies, for which process, since when, and when it is next evaluated. */
export const ProviderDetails = ({ record }: { record: ProviderDetail }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const date = (value: string) => formatCalendarDate(value, dateLocale);
  return (
    <dl className="details">
      <dt>{t('providers.field.supplies')}</dt>
      <dd className="nc-text">{record.supplies}</dd>
      <dt>{t('providers.field.process')}</dt>
      <dd>{record.processName ?? t('common.none')}</dd>
      <dt>{t('providers.field.since')}</dt>
      <dd>{date(record.since)}</dd>
      <dt>{t('providers.field.evaluationMonths')}</dt>
      <dd>{record.evaluationMonths}</dd>
      <dt>{t('providers.field.nextEvaluationDue')}</dt>
      <dd>
        {record.active ? date(record.nextEvaluationDue) : t('common.none')}
        {record.evaluationLate && ` — ${t('providers.late')}`}
      </dd>
    </dl>
  );
};
