import { useTranslation } from 'react-i18next';
import type { Backup } from '../../../../shared/schemas/backups';
import { Button } from '../../ui/Button';
import { useFormatFileSize } from '../files/format';
import { useBackupWords } from './backupWords';

/** The backups to restore from: date, occasion, record counts and size, newest first as listed. */
export const BackupsTable = ({ backups, onRestore }: { backups: readonly Backup[]; onRestore: (backup: Backup) => void }) => {
  const { t } = useTranslation();
  const { dateOf, countsOf } = useBackupWords();
  const formatFileSize = useFormatFileSize();
  return (
    <table className="table" aria-label={t('backups.list')}>
      <thead>
        <tr>
          <th scope="col">{t('backups.date')}</th>
          <th scope="col">{t('backups.kind')}</th>
          <th scope="col">{t('backups.contents')}</th>
          <th scope="col">{t('backups.size')}</th>
          <th scope="col">{t('backups.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {backups.map((backup) => (
          <tr key={backup.id}>
            <td>
              <time dateTime={backup.createdAt}>{dateOf(backup)}</time>
            </td>
            <td>{t(`backups.kinds.${backup.kind}`)}</td>
            <td>{countsOf(backup)}</td>
            <td>{formatFileSize(backup.sizeBytes)}</td>
            <td className="row-actions">
              <Button variant="quiet" aria-label={t('backups.restoreLabel', { date: dateOf(backup) })} onPress={() => onRestore(backup)}>
                {t('backups.restore')}
              </Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
};
