import { useTranslation } from 'react-i18next';
import type { AuditStatus } from '../../../../shared/domain/audits';
import type { CalendarDate } from '../../../../shared/domain/dates';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import './audits.css';

// How an audit reads wherever it is listed: the audits' register, a certification's page.

const icons: Record<AuditStatus, string> = { planifie: '◷', realise: '●', rapport_recu: '✉', clos: '✓', annule: '✕' };

/** The audit's status in words with an icon, so it reads without colour. */
export const AuditStatusBadge = ({ status }: { status: AuditStatus }) => {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--audit-${status}`}>
      <span aria-hidden="true">{icons[status]} </span>
      {t(`audits.status.${status}`)}
    </span>
  );
};

/** "du 2 au 4 mars 2027" as two full dates, or one when the audit lasts a day. */
export const useDateRange = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  return (from: CalendarDate, to: CalendarDate) =>
    from === to
      ? t('audits.oneDay', { date: formatCalendarDate(from, dateLocale) })
      : t('audits.dateRange', { from: formatCalendarDate(from, dateLocale), to: formatCalendarDate(to, dateLocale) });
};

/** Every finding of an audit, whatever its grade. */
export const findingTotal = (counts: Record<string, number>): number => Object.values(counts).reduce((sum, count) => sum + count, 0);
