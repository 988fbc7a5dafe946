import { useTranslation } from 'react-i18next';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { ErrorState, Loading } from '../../ui/States';
import { useAppInfo } from '../organisation/hooks';
import { BackupsSection } from './BackupsSection';
import { ExampleButton } from './ExampleButton';
import { FileActions } from './FileActions';
import { RecentFiles } from './RecentFiles';

/** "Fichier et sauvegardes": the open file, other files (new, open, recent, a copy), and backups. */
export const DataFilePage = () => {
  const { t } = useTranslation();
  const info = useAppInfo();
  const [notice, showNotice] = useNotice();
  if (info.isPending) return <Loading />;
  if (info.isError) return <ErrorState error={info.error} onRetry={() => void info.refetch()} />;
  const { file, host } = info.data;
  if (file.status !== 'open') return null;
  return (
    <>
      <PageHeader title={t('datafile.title')} subtitle={t('datafile.subtitle')} />
      <Notice message={notice} />
      <section className="section" aria-labelledby="current-file">
        <h2 id="current-file">{t('datafile.current')}</h2>
        <p>
          <code data-testid="current-file">{file.path}</code>
          {file.readOnly && <span className="badge"> {t('datafile.readOnly')}</span>}
        </p>
        <FileActions host={host} withCopy onDone={showNotice} />
        <ExampleButton />
      </section>
      <RecentFiles currentPath={file.path} />
      <BackupsSection desktop={host === 'electron'} readOnly={file.readOnly} onDone={showNotice} />
    </>
  );
};
