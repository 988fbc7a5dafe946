import { format } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { fromCalendarDate, type CalendarDate } from '../../../../shared/domain/dates';
import { periodIndex, type IndicatorFrequency, type IndicatorUnit } from '../../../../shared/domain/indicators';
import { useLocale } from '../../i18n';

const unitSuffix: Record<IndicatorUnit, { fr: string; en: string }> = {
  pourcentage: { fr: '\u202F%', en: '%' },
  nombre: { fr: '', en: '' },
  heures: { fr: '\u202Fh', en: ' h' },
  jours: { fr: '\u202Fj', en: ' d' },
  note: { fr: '', en: '' },
};

/** Formats periods and values the way the interface language writes them ("T2 2026", "62,5 %" / "Q2"… "62.5%"). */
export const useIndicatorFormat = () => {
  const { t, i18n } = useTranslation();
  const { dateLocale, tag } = useLocale();
  const language = i18n.language === 'en' ? 'en' : 'fr';
  const numbers = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const number = (value: number) => numbers.format(value).replace(/[\u00A0\u202F]/g, '\u202F');
  const value = (amount: number, unit: IndicatorUnit, scaleMax: number | null) =>
    unit === 'note' ? `${number(amount)}\u202F/\u202F${number(scaleMax ?? 0)}` : `${number(amount)}${unitSuffix[unit][language]}`;
  const period = (frequency: IndicatorFrequency, start: CalendarDate) => {
    if (frequency === 'mensuelle') return format(fromCalendarDate(start), 'LLLL yyyy', { locale: dateLocale });
    return t(`indicators.periodLabel.${frequency}`, { index: String(periodIndex(frequency, start)), year: start.slice(0, 4) });
  };
  return { number, value, period };
};
