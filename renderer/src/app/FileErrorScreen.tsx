import { useTranslation } from 'react-i18next';
import type { AppInfo, FileState } from '../../../shared/schemas/app';
import { FileActions } from '../features/datafile/FileActions';
import { RecentFiles } from '../features/datafile/RecentFiles';
import { useOpenFile } from '../features/datafile/hooks';
import { Button } from '../ui/Button';
import { FormAlert } from '../ui/FormAlert';

/**
 * Shown instead of the app when the data file was refused (foreign, damaged, newer, read-only, or
 * open in another Sève): why, and the way out — a read-only view of a file another Sève holds,
 * another file, or a new one.
 */
export const FileErrorScreen = ({ file, host }: { file: Extract<FileState, { status: 'error' }>; host: AppInfo['host'] }) => {
  const { t } = useTranslation();
  const openReadOnly = useOpenFile();
  return (
    <main className="file-error">
      <div role="alert">
        <h1>{t('fileError.title')}</h1>
        <p className="file-error__message">{file.message}</p>
        {file.path && (
          <p>
            {t('fileError.path')} : <code>{file.path}</code>
          </p>
        )}
      </div>
      {file.code === 'file_locked' && file.path && (
        <div className="button-row">
          <Button variant="primary" onPress={() => openReadOnly.mutate({ path: file.path, readOnly: true })}>
            {t('datafile.openReadOnly')}
          </Button>
        </div>
      )}
      <FormAlert message={openReadOnly.error?.message ?? null} />
      <p>{t('fileError.help')}</p>
      <FileActions host={host} withCopy={false} onDone={() => undefined} />
      <RecentFiles currentPath={null} />
    </main>
  );
};
