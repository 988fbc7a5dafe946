import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * How a register's timeline reads: `labels` names its fields, `words` the codes of its
 * enumerations per field (shared labels); dates in the user's language, yes or no for flags.
 */
export const useHistoryFormat = (labels: Record<string, string>, words: Record<string, Readonly<Record<string, string>>>) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  return {
    label: (field: string): string => labels[field] ?? field,
    value: (field: string, value: unknown): string => {
      if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
      if (typeof value !== 'string') return String(value);
      if (CALENDAR_DATE.test(value)) return formatCalendarDate(value, dateLocale);
      return words[field]?.[value] ?? value;
    },
  };
};
