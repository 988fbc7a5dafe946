import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportScanResult } from '../../../../shared/schemas/import';
import { FormAlert } from '../../ui/FormAlert';
import { PageHeader } from '../../ui/PageHeader';
import { useAppInfo } from '../../app/appInfo';
import { FolderChooser } from './FolderChooser';
import { useStartImport } from './hooks';
import { ImportList } from './ImportList';
import { ImportProgress } from './ImportProgress';
import './imports.css';

/** « Importer un dossier »: choose the folder, tick and correct the list, import with progress, read the report. */
export const ImportPage = () => {
  const { t } = useTranslation();
  const info = useAppInfo();
  const [scan, setScan] = useState<ImportScanResult | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const start = useStartImport();
  const again = () => {
    setScan(null);
    setJobId(null);
  };

  return (
    <>
      <PageHeader title={t('imports.title')} subtitle={t('imports.subtitle')} />
      {jobId !== null ? (
        <ImportProgress jobId={jobId} onAgain={again} />
      ) : scan === null ? (
        <FolderChooser desktop={info.data?.host === 'electron'} onScanned={setScan} />
      ) : (
        <>
          <FormAlert message={start.error instanceof Error ? start.error.message : null} />
          <ImportList
            scan={scan}
            isStarting={start.isPending}
            onImport={(items) => void start.mutateAsync({ scanId: scan.scanId, items }).then((started) => setJobId(started.jobId))}
          />
        </>
      )}
    </>
  );
};
