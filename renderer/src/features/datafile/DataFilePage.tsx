import { useTranslation } from 'react-i18next';
import { Notice, useNotice } from '../../ui/Notice';
import { PageHeader } from '../../ui/PageHeader';
import { useAppInfo } from '../../app/appInfo';
import { BackupsSection } from './BackupsSection';
import { ExampleButton } from '../common/ExampleButton';
import { FileActions } from './FileActions';
import { RecentFiles } from './RecentFiles';
import { QueryFallback } from '../../ui/list/QueryView';

/** "Fichier et sauvegardes": the open file, other files (new, open, recent, a copy), and backups. */
export const DataFilePage = () => {
  const { t } = useTranslation();
  const info = useAppInfo();
  const [notice, showNotice] = useNotice();
  if (!info.isSuccess) return <QueryFallback query={info} />;
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
      <BackupsSection desktop={host === 'electron'} readOnly={file.readOnly} unfit={file.readOnlyReason !== null} onDone={showNotice} />
    </>
  );
};
