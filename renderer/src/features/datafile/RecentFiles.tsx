import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n';
import { formatInstant } from '../../i18n/format';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { useOpenFile, useRecentFiles } from './hooks';
import { QueryFallback } from '../../ui/list/QueryView';

/** Files this computer opened lately, newest first; the open one is marked, a vanished one says so. */
export const RecentFiles = ({ currentPath }: { currentPath: string | null }) => {
  const { t } = useTranslation();
  const { dateLocale } = useLocale();
  const recent = useRecentFiles();
  const open = useOpenFile();
  if (!recent.isSuccess) return <QueryFallback query={recent} />;
  const others = recent.data.filter((entry) => entry.path !== currentPath);
  return (
    <section className="section" aria-labelledby="recent-files">
      <h2 id="recent-files">{t('datafile.recent')}</h2>
      <FormAlert message={open.error?.message ?? null} />
      {others.length === 0 ? (
        <p>{t('datafile.recentEmpty')}</p>
      ) : (
        <ul className="recent-files">
          {others.map((entry) => (
            <li key={entry.path} className="recent-files__item">
              <code>{entry.path}</code>{' '}
              <span className="recent-files__meta">
                {entry.exists ? t('datafile.openedAt', { date: formatInstant(entry.openedAt, dateLocale) }) : t('datafile.recentMissing')}
              </span>{' '}
              <Button
                variant="quiet"
                isDisabled={!entry.exists || open.isPending}
                aria-label={t('datafile.openRecent', { path: entry.path })}
                onPress={() => open.mutate({ path: entry.path })}
              >
                {t('datafile.openSubmit')}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
};
