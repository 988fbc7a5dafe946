import { subYears } from 'date-fns';
import { useTranslation } from 'react-i18next';
import { fromCalendarDate, toCalendarDate, type CalendarDate } from '../../../../shared/domain/dates';
import { todayOnThisComputer } from '../../app/today';
import { useLocale } from '../../i18n';
import { formatCalendarDate } from '../../i18n/format';
import { SelectField } from '../../ui/SelectField';
import { useAuditList } from '../common/lookups';

/** The select's key for "no audit: just a date". */
const NONE = 'aucun';

/**
 * The audit the pack is prepared for, among those planned or held this past year (cancelled ones
 * are not offered). `onChange` gives the audit's first day, which the wizard takes as the pack's date.
 */
export const PackAuditField = ({
  value,
  onChange,
}: {
  value: number | null;
  onChange: (auditId: number | null, startDate: CalendarDate | null) => void;
}) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const audits = useAuditList({});
  const yearAgo = toCalendarDate(subYears(fromCalendarDate(todayOnThisComputer()), 1));
  const offered = (audits.data ?? []).filter((audit) => audit.status === 'planifie' || audit.startDate >= yearAgo);
  const options = [
    { id: NONE, label: t('pack.auditNone') },
    ...offered.map((audit) => ({
      id: String(audit.id),
      label: `${audit.reference} — ${t(`audits.type.${audit.type}`)} — ${formatCalendarDate(audit.startDate, dateLocale)}`,
    })),
  ];
  return (
    <SelectField
      label={t('pack.audit')}
      description={t('pack.auditHelp')}
      options={options}
      value={value === null ? NONE : String(value)}
      onChange={(key) => {
        const audit = offered.find((candidate) => String(candidate.id) === key);
        onChange(audit?.id ?? null, audit?.startDate ?? null);
      }}
    />
  );
};
