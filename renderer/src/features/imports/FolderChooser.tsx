import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { ImportScanResult } from '../../../../shared/schemas/import';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { TextField } from '../../ui/TextField';
import { useScanFolder } from './hooks';

/** Where the documents are: the system's folder dialog on the desktop, a typed path on this computer in browser mode. */
export const FolderChooser = ({ desktop, onScanned }: { desktop: boolean; onScanned: (scan: ImportScanResult) => void }) => {
  const { t } = useTranslation();
  const scan = useScanFolder(desktop);
  const [folder, setFolder] = useState('');
  const run = (typed: string | null) => void scan.mutateAsync(typed).then((result) => result && onScanned(result));
  const error = scan.error instanceof Error ? scan.error.message : null;
  if (desktop) {
    return (
      <div className="import-chooser">
        <Button variant="primary" onPress={() => run(null)} isDisabled={scan.isPending}>
          {scan.isPending ? t('imports.scanning') : t('imports.chooseFolder')}
        </Button>
        <FormAlert message={error} />
      </div>
    );
  }
  return (
    <Form
      className="form form--inline import-chooser"
      validationBehavior="aria"
      onSubmit={(event) => {
        event.preventDefault();
        run(folder);
      }}
    >
      <FormAlert message={error} />
      <TextField label={t('imports.folder')} description={t('imports.folderHelp')} value={folder} onChange={setFolder} isRequired />
      <div className="form__actions">
        <Button type="submit" variant="primary" isDisabled={scan.isPending || folder.trim() === ''}>
          {scan.isPending ? t('imports.scanning') : t('imports.scan')}
        </Button>
      </div>
    </Form>
  );
};
