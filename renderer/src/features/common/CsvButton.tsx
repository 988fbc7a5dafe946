import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../../shared/api/contract';
import { download } from '../../api/client';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { saveBytes } from '../../api/save';

type CsvMethod = 'issues.exportCsv' | 'parties.exportCsv' | 'risks.exportCsv' | 'watch.exportCsv' | 'watch.exportSourcesCsv';

/** "Exporter (CSV)": the register as filtered, saved for French Excel. */
export const CsvButton = <M extends CsvMethod>({
  method,
  query,
  onNotice,
  label,
}: {
  method: M;
  query: MethodInput<M>;
  onNotice: (message: string) => void;
  label?: string;
}) => {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const exportCsv = async () => {
    setError(null);
    try {
      const file = await download(method, query);
      saveBytes(file.fileName, file.mediaType, file.content);
      onNotice(t('issues.exported', { fileName: file.fileName }));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };
  return (
    <>
      <Button onPress={() => void exportCsv()}>{label ?? t('issues.export')}</Button>
      {error && <FormAlert message={error} />}
    </>
  );
};
