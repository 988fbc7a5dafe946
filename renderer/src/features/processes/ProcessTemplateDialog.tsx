import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from 'react-aria-components';
import { processKinds } from '../../../../shared/domain/processes';
import {
  processTemplates,
  structureKindLabels,
  structureKinds,
  type StructureKind,
  type TemplateProcess,
} from '../../../../shared/domain/process-templates';
import type { ProcessKind } from '../../../../shared/domain/processes';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { Modal } from '../../ui/Modal';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useCreateProcesses } from './hooks';
import '../../ui/utilities.css';

type Row = TemplateProcess & { keep: boolean };

const rowsOf = (kind: StructureKind): Row[] => processTemplates[kind].map((process) => ({ ...process, keep: true }));

/**
 * A process map to start from, for an ACI, an AI, an EI or an ETTI: the usual names only. The user
 * unticks, renames and reclassifies before accepting; nothing is created until then.
 */
export const ProcessTemplateDialog = ({
  isOpen,
  onOpenChange,
  onCreated,
}: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  onCreated: (count: number) => void;
}) => {
  const { t } = useTranslation();
  const [kind, setKind] = useState<StructureKind>('aci');
  const [rows, setRows] = useState<Row[]>(() => rowsOf('aci'));
  const create = useCreateProcesses();
  const edit = (index: number, change: Partial<Row>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...change } : row)));
  const kept = rows.filter((row) => row.keep);

  return (
    <Modal title={t('processes.template.title')} isOpen={isOpen} onOpenChange={onOpenChange}>
      <p>{t('processes.template.intro')}</p>
      <SelectField
        label={t('processes.template.structure')}
        options={structureKinds.map((candidate) => ({ id: candidate, label: structureKindLabels[candidate] }))}
        value={kind}
        onChange={(value) => {
          const next = (value ?? 'aci') as StructureKind;
          setKind(next);
          setRows(rowsOf(next));
        }}
      />
      <ol className="template-rows" aria-label={t('processes.template.list')}>
        {rows.map((row, index) => (
          <li key={`${kind}-${index}`} className="template-row">
            <Checkbox className="checkbox" isSelected={row.keep} onChange={(keep) => edit(index, { keep })}>
              <span className="checkbox__box" aria-hidden="true" />
              <span className="visually-hidden">{t('processes.template.keep', { name: row.name })}</span>
            </Checkbox>
            <TextField
              label={t('processes.template.name', { number: String(index + 1) })}
              value={row.name}
              onChange={(name) => edit(index, { name })}
              isDisabled={!row.keep}
              maxLength={120}
            />
            <SelectField
              label={t('processes.template.kind', { number: String(index + 1) })}
              options={processKinds.map((candidate) => ({ id: candidate, label: t(`processes.kinds.${candidate}`) }))}
              value={row.kind}
              onChange={(value) => edit(index, { kind: (value ?? row.kind) as ProcessKind })}
            />
          </li>
        ))}
      </ol>
      <FormAlert message={create.error instanceof Error ? create.error.message : null} />
      <div className="form__actions">
        <Button
          variant="primary"
          isDisabled={kept.length === 0 || create.isPending}
          onPress={() =>
            void create.mutateAsync(kept.map((row) => ({ name: row.name.trim(), kind: row.kind, pilotId: null }))).then((created) => {
              onCreated(created.length);
              onOpenChange(false);
            })
          }
        >
          {t('processes.template.accept', { count: kept.length })}
        </Button>
        <Button variant="quiet" onPress={() => onOpenChange(false)}>
          {t('common.cancel')}
        </Button>
      </div>
    </Modal>
  );
};
