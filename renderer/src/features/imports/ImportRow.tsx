import { useTranslation } from 'react-i18next';
import { Checkbox } from 'react-aria-components';
import type { ImportFile } from '../../../../shared/schemas/import';
import { CellTextField } from '../../ui/CellTextField';
import { DateField } from '../../ui/DateField';
import { InlineSelect } from '../../ui/InlineSelect';

/** What the user keeps of Sève's proposal for one file. */
export type ImportRowValues = {
  keep: boolean;
  title: string;
  type: ImportFile['proposal']['type'];
  processId: number | null;
  effectiveDate: string;
};

export const NO_PROCESS = 'none';

type Option = { id: string; label: string };

type Props = {
  file: ImportFile;
  row: ImportRowValues;
  onEdit: (change: Partial<ImportRowValues>) => void;
  typeOptions: readonly Option[];
  processOptions: readonly Option[];
};

/** One file found: ticked or not, and its title, type, process and date in force to correct; a refused file shows why. */
export const ImportRow = ({ file, row, onEdit, typeOptions, processOptions }: Props) => {
  const { t } = useTranslation();
  const importable = file.status === 'pret';
  return (
    <tr className={importable ? undefined : 'import-table__refused'}>
      <td>
        <Checkbox className="checkbox" isSelected={row.keep} isDisabled={!importable} onChange={(keep) => onEdit({ keep })}>
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
              onChange={(title) => onEdit({ title })}
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
              onChange={(type) => onEdit({ type: type as ImportRowValues['type'] })}
              isDisabled={!row.keep}
            />
          </td>
          <td>
            <InlineSelect
              label={t('imports.processOf', { file: file.relativePath })}
              options={processOptions}
              value={row.processId === null ? NO_PROCESS : String(row.processId)}
              onChange={(id) => onEdit({ processId: id === NO_PROCESS ? null : Number(id) })}
              isDisabled={!row.keep}
            />
          </td>
          <td>
            <DateField
              label={t('imports.dateOf', { file: file.relativePath })}
              value={row.effectiveDate}
              onChange={(date) => date && onEdit({ effectiveDate: date })}
              hideLabel
            />
          </td>
        </>
      ) : (
        <td colSpan={4} />
      )}
    </tr>
  );
};
