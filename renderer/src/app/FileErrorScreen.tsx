import { useTranslation } from 'react-i18next';
import type { FileState } from '../../../shared/schemas/app';

/** Shown instead of the app when the data file was refused (foreign, damaged, newer, read-only). */
export const FileErrorScreen = ({ file }: { file: Extract<FileState, { status: 'error' }> }) => {
  const { t } = useTranslation();
  return (
    <main className="file-error" role="alert">
      <h1>{t('fileError.title')}</h1>
      <p className="file-error__message">{file.message}</p>
      {file.path && (
        <p>
          {t('fileError.path')} : <code>{file.path}</code>
        </p>
      )}
      <p>{t('fileError.help')}</p>
    </main>
  );
};
