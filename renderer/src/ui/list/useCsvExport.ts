import { useState } from 'react';
import type { MethodInput } from '../../../../shared/api/contract';
import type { DownloadMethodName } from '../../../../shared/api/transport';
import { download } from '../../api/client';
import { saveBytes } from '../../api/save';

type CsvExport<M extends DownloadMethodName> = {
  /** The method that writes the CSV, and the list's query it exports (the filters on screen). */
  method: M;
  input: MethodInput<M>;
  /** The page's notice, told the file's name once the download starts. */
  showNotice: (message: string) => void;
  exported: (fileName: string) => string;
};

/**
 * A list's export to CSV: the file made from the list's query, handed to the download; the page's
 * notice names it, and a refusal is kept for the page to show (cleared when the user tries again).
 */
export const useCsvExport = <M extends DownloadMethodName>({ method, input, showNotice, exported }: CsvExport<M>) => {
  const [exportError, setExportError] = useState<string | null>(null);

  const exportCsv = async () => {
    setExportError(null);
    try {
      const file = await download(method, input);
      saveBytes(file.fileName, file.mediaType, file.content);
      showNotice(exported(file.fileName));
    } catch (error) {
      setExportError(error instanceof Error ? error.message : String(error));
    }
  };

  return { exportCsv, exportError };
};
