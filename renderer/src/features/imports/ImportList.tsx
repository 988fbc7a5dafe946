import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from 'react-aria-components';
import type { ImportFile, ImportScanResult, ImportStart } from '../../../../shared/schemas/import';
import { Button } from '../../ui/Button';
import { CellTextField } from '../../ui/CellTextField';
import { DateField } from '../../ui/DateField';
import { InlineSelect } from '../../ui/InlineSelect';
import { typeOptions as documentTypeOptions } from '../common/documentOptions';
import { useProcesses } from '../processes/hooks';

type Row = { keep: boolean; title: string; type: ImportFile['proposal']['type']; processId: number | null; effectiveDate: string };

const NO_PROCESS = 'none';

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
            {scan.files.map((file) => {
              const row = rows[file.id] as Row;
              const importable = file.status === 'pret';
              return (
                <tr key={file.id} className={importable ? undefined : 'import-table__refused'}>
                  <td>
                    <Checkbox
                      className="checkbox"
                      isSelected={row.keep}
                      isDisabled={!importable}
                      onChange={(keep) => edit(file.id, { keep })}
                    >
                      <span className="checkbox__box" aria-hidden="true" />
                      <span className="visually-hidden">{t('imports.keep', { file: file.relativePath })}</span>
                    </Checkbox>
                  </td>
                  <td>
                    <span className="import-table__path">{file.relativePath}</span>
                    {file.reason && <span className="import-table__reason">{file.reason}</span>}
                  </td>
                  {importable ? (
                    <>
                      <td>
                        <CellTextField
                          label={t('imports.titleOf', { file: file.relativePath })}
                          value={row.title}
                          onChange={(title) => edit(file.id, { title })}
                          isDisabled={!row.keep}
                          isInvalid={row.keep && row.title.trim() === ''}
                          maxLength={200}
                        />
                      </td>
                      <td>
                        <InlineSelect
                          label={t('imports.typeOf', { file: file.relativePath })}
                          options={typeOptions}
                          value={row.type}
                          onChange={(type) => edit(file.id, { type: type as Row['type'] })}
                          isDisabled={!row.keep}
                        />
                      </td>
                      <td>
                        <InlineSelect
                          label={t('imports.processOf', { file: file.relativePath })}
                          options={processOptions}
                          value={row.processId === null ? NO_PROCESS : String(row.processId)}
                          onChange={(id) => edit(file.id, { processId: id === NO_PROCESS ? null : Number(id) })}
                          isDisabled={!row.keep}
                        />
                      </td>
                      <td>
                        <DateField
                          label={t('imports.dateOf', { file: file.relativePath })}
                          value={row.effectiveDate}
                          onChange={(date) => date && edit(file.id, { effectiveDate: date })}
                          hideLabel
                        />
                      </td>
                    </>
                  ) : (
                    <td colSpan={4} />
                  )}
                </tr>
              );
            })}
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
