import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type CalendarDate } from '../../../../shared/domain/dates';
import {
  chartKinds,
  indicatorDirections,
  indicatorFrequencies,
  indicatorThemes,
  indicatorUnits,
  nextPeriod,
  periodContaining,
  previousPeriod,
  type IndicatorFrequency,
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
