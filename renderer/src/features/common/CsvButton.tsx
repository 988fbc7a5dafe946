import { useTranslation } from 'react-i18next';
import type { MethodInput } from '../../../../shared/api/contract';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { useCsvExport } from '../../ui/list/useCsvExport';

type CsvMethod = 'issues.exportCsv' | 'parties.exportCsv' | 'risks.exportCsv' | 'watch.exportCsv' | 'watch.exportSourcesCsv';

/** "Exporter (CSV)" of a context register: the register as filtered, saved for French Excel (the list kit's export). */
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
  const { exportCsv, exportError } = useCsvExport({
    method,
    input: query,
    showNotice: onNotice,
    exported: (fileName) => t('issues.exported', { fileName }),
  });
  return (
    <>
      <Button onPress={() => void exportCsv()}>{label ?? t('issues.export')}</Button>
      {exportError && <FormAlert message={exportError} />}
    </>
  );
};
