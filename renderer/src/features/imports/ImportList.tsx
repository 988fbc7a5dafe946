import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportScanResult, ImportStart } from '../../../../shared/schemas/import';
import { Button } from '../../ui/Button';
import { typeOptions as documentTypeOptions } from '../common/documentOptions';
import { useProcesses } from '../processes/hooks';
import { ImportRow, NO_PROCESS, type ImportRowValues } from './ImportRow';

type Row = ImportRowValues;

/**
 * The files found, each with Sève's proposal to tick and correct: title, type, process, and the day
 * version 1 came into force. Duplicates and refused files are shown with their reason, never ticked.
 */
export const ImportList = ({
  scan,
  onImport,
  isStarting,
}: {
  scan: ImportScanResult;
  onImport: (items: ImportStart['items']) => void;
  isStarting: boolean;
}) => {
  const { t } = useTranslation();
  const processes = useProcesses();
  const [rows, setRows] = useState<Record<number, Row>>(() =>
    Object.fromEntries(
      scan.files.map((file) => [file.id, { keep: file.status === 'pret', ...file.proposal, effectiveDate: file.modifiedOn }]),
    ),
  );
  const edit = (id: number, change: Partial<Row>) => setRows((current) => ({ ...current, [id]: { ...(current[id] as Row), ...change } }));
  const ready = scan.files.filter((file) => file.status === 'pret');
  const kept = ready.filter((file) => rows[file.id]?.keep);
  const invalid = kept.some((file) => (rows[file.id]?.title.trim() ?? '') === '');
  const processOptions = [
    { id: NO_PROCESS, label: t('imports.noProcess') },
    ...(processes.data ?? []).map((process) => ({ id: String(process.id), label: process.name })),
  ];
  const typeOptions = documentTypeOptions(t);

  return (
    <section aria-labelledby="import-list-title">
      <h2 id="import-list-title">{t('imports.listTitle', { count: scan.files.length })}</h2>
      <p>
        {t('imports.listSummary', { folder: scan.folder, ready: String(ready.length), others: String(scan.files.length - ready.length) })}
        {scan.skipped > 0 && ` ${t('imports.skipped', { count: scan.skipped })}`}
      </p>
      <div className="table-scroller">
        <table className="table import-table">
          <thead>
            <tr>
              <th scope="col">{t('imports.columns.keep')}</th>
              <th scope="col">{t('imports.columns.file')}</th>
              <th scope="col">{t('imports.columns.title')}</th>
              <th scope="col">{t('imports.columns.type')}</th>
              <th scope="col">{t('imports.columns.process')}</th>
              <th scope="col">{t('imports.columns.date')}</th>
            </tr>
          </thead>
          <tbody>
            {scan.files.map((file) => (
              <ImportRow
                key={file.id}
                file={file}
                row={rows[file.id] as Row}
                onEdit={(change) => edit(file.id, change)}
                typeOptions={typeOptions}
                processOptions={processOptions}
              />
            ))}
          </tbody>
        </table>
      </div>
      <div className="form__actions">
        <Button
          variant="primary"
          isDisabled={kept.length === 0 || invalid || isStarting}
          onPress={() =>
            onImport(
              kept.map((file) => {
                const row = rows[file.id] as Row;
                return {
                  fileId: file.id,
                  title: row.title.trim(),
                  type: row.type,
                  processId: row.processId,
                  effectiveDate: row.effectiveDate,
                };
              }),
            )
          }
        >
          {t('imports.start', { count: kept.length })}
        </Button>
        {invalid && <p className="form__help">{t('imports.titleMissing')}</p>}
      </div>
    </section>
  );
};
