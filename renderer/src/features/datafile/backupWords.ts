import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../../shared/schemas/backups';
import { useLocale } from '../../i18n';
import { formatInstant } from '../../i18n/format';

/** How a backup is named to the user: its date, and what it holds (or that it cannot be read). */
export const useBackupWords = () => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  return {
    dateOf: (backup: Backup) => formatInstant(backup.createdAt, dateLocale),
    countsOf: ({ counts }: Backup) =>
      counts
        ? t('backups.counts', {
            documents: t('backups.countOf.documents', { count: counts.documents }),
            people: t('backups.countOf.people', { count: counts.people }),
            processes: t('backups.countOf.processes', { count: counts.processes }),
            files: t('backups.countOf.files', { count: counts.files }),
            history: t('backups.countOf.history', { count: counts.history }),
          })
        : t('backups.unreadable'),
  };
};
