import { format } from 'date-fns';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { fromCalendarDate, type CalendarDate } from '../../../../shared/domain/dates';
import {
  chartKinds,
  indicatorDirections,
  indicatorFrequencies,
  indicatorThemes,
  indicatorUnits,
  nextPeriod,
  periodContaining,
  periodIndex,
  previousPeriod,
  type IndicatorFrequency,
  type IndicatorUnit,
} from '../../../../shared/domain/indicators';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';

/** Choices of the indicator form, in the interface language. */
export const indicatorOptions = (t: TFunction) => ({
  units: indicatorUnits.map((id) => ({ id, label: t(`indicators.unit.${id}`) })),
  directions: indicatorDirections.map((id) => ({ id, label: t(`indicators.direction.${id}`) })),
  frequencies: indicatorFrequencies.map((id) => ({ id, label: t(`indicators.frequency.${id}`) })),
  themes: indicatorThemes.map((id) => ({ id, label: t(`indicators.theme.${id}`) })),
  chartKinds: chartKinds.map((id) => ({ id, label: t(`indicators.chartKind.${id}`) })),
});

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

/**
 * Periods a measurement may be typed for, newest first: from two years before the first followed
 * period (history can be entered) up to the period under way today.
 */
export const periodChoices = (frequency: IndicatorFrequency, firstPeriod: CalendarDate, today: CalendarDate): CalendarDate[] => {
  const current = periodContaining(frequency, today);
  let start = firstPeriod;
  for (let i = 0; i < 24 && start > '1900-01-01'; i += 1) {
    const earlier = previousPeriod(frequency, start);
    if (earlier.slice(0, 4) < String(Number(firstPeriod.slice(0, 4)) - 2)) break;
    start = earlier;
  }
  const choices: CalendarDate[] = [];
  for (let period = start; period <= current && choices.length < 240; period = nextPeriod(frequency, period)) choices.push(period);
  return choices.reverse();
};

const enumFields = ['theme', 'unit', 'direction', 'frequency', 'chartKind'] as const;
type EnumField = (typeof enumFields)[number];
const isEnumField = (field: string): field is EnumField => (enumFields as readonly string[]).includes(field);

/** How a value recorded in an indicator's history reads: labels for choices, dates in words, parts as a sum. */
export const useIndicatorHistoryValue = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  return (field: string, value: unknown): string => {
    if (typeof value === 'boolean') return value ? t('indicators.yes') : t('indicators.no');
    if (isEnumField(field) && typeof value === 'string')
      return t(`indicators.${field}.${value}` as 'indicators.unit.note', { defaultValue: value });
    if (field === 'firstPeriod' && typeof value === 'string') return formatCalendarDate(value, dateLocale);
    if (field === 'parts' && typeof value === 'string') return (JSON.parse(value) as number[]).join(' + ');
    return String(value);
  };
};
