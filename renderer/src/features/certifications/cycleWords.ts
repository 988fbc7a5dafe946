import { format } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { fromCalendarDate, type CalendarDate } from '../../../../shared/domain/dates';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import type { MarkerKind, TimelineRow } from './timeline';

/** The words the cycle's picture and its table share: dates short and long, row names, what a marker means. */
export const useCycleWords = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  return {
    short: (date: CalendarDate) => format(fromCalendarDate(date), 'P', { locale: dateLocale }),
    long: (date: CalendarDate) => formatCalendarDate(date, dateLocale),
    rowName: (row: TimelineRow) =>
      row.slot ? t(`certifications.plan.slot.${row.slot}`) : row.audit ? t(`audits.type.${row.audit.type}`) : '',
    kindLabel: (kind: MarkerKind) =>
      t(
        kind === 'done'
          ? 'certifications.timeline.auditDone'
          : kind === 'planned'
            ? 'certifications.timeline.auditPlanned'
            : 'certifications.timeline.proposed',
      ),
  };
};
