import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileTrigger } from 'react-aria-components';
import { MAX_IMPORT_CHARS } from '../../../../shared/domain/referentials';
import type { Referential } from '../../../../shared/schemas/referentials';
import { ApiCallError } from '../../api/client';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { useImportReferential } from './hooks';

/** The reason the backend gives, which it also puts on the `json` field. */
const importError = (error: unknown): string =>
  error instanceof ApiCallError ? (error.fields.json ?? error.message) : error instanceof Error ? error.message : String(error);

/**
 * Picks a JSON file, reads it here in the renderer and sends its text to `referentials.import`.
 * The backend checks everything again and imports all of it or nothing.
 */
export const ImportButton = ({ onImported }: { onImported: (referential: Referential) => void }) => {
  const { t } = useTranslation();
  const importReferential = useImportReferential();
  const [error, setError] = useState<string | null>(null);

  const onSelect = async (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    setError(null);
    // A UTF-8 character is 1 to 4 bytes: a file over 4× the limit cannot fit, so it is not even read.
    if (file.size > MAX_IMPORT_CHARS * 4) {
      setError(t('referentials.importTooLarge', { size: (file.size / 1_000_000).toFixed(1) }));
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setError(t('referentials.importUnreadable'));
      return;
    }
    try {
      onImported(await importReferential.mutateAsync(text));
    } catch (failure) {
      setError(importError(failure));
    }
  };

  return (
    <div className="import-box">
      <FileTrigger acceptedFileTypes={['application/json', '.json']} onSelect={(files) => void onSelect(files)}>
        <Button isDisabled={importReferential.isPending}>
          {importReferential.isPending ? t('referentials.importing') : t('referentials.import')}
        </Button>
      </FileTrigger>
      <p className="import-box__help">{t('referentials.importHelp')}</p>
      <FormAlert message={error} />
    </div>
  );
};
