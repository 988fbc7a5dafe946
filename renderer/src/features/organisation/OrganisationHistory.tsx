import { useTranslation } from 'react-i18next';
import { backupKinds } from '../../../../shared/domain/backups';
import { indiceLabel, indiceSchemes } from '../../../../shared/domain/versions';
import { useLocale } from '../../i18n';
import { formatInstant } from '../../i18n/format';
import { HistoryTimeline } from '../history/HistoryTimeline';

/** The organisation is the file's single record (id 1): its settings, its quality policy, and the backups put back. */
const ORGANISATION_ID = 1;

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T => values.some((candidate) => candidate === value);

/** The structure's timeline: name and numbering changes, the quality policy chosen, and every restore of a backup. */
export const OrganisationHistory = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const formatValue = (field: string, value: unknown): string => {
    if (field === 'indiceScheme' && isOneOf(indiceSchemes, value)) return [1, 2, 3].map((n) => indiceLabel(n, value)).join(', ') + '…';
    if (field === 'backupKind' && isOneOf(backupKinds, value)) return t(`backups.kinds.${value}`);
    if (field === 'backupTakenAt' && typeof value === 'string') return formatInstant(value, dateLocale);
    return String(value);
  };
  return (
    <section className="section" aria-labelledby="organisation-history">
      <h2 id="organisation-history">{t('organisation.history')}</h2>
      <HistoryTimeline
        entity="organisation"
        entityId={ORGANISATION_ID}
        fieldLabel={(field) => t(`organisation.historyField.${field}` as 'organisation.historyField.name', { defaultValue: field })}
        formatValue={formatValue}
      />
    </section>
  );
};
