import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import { backupFolderInputSchema, type BackupList } from '../../../../shared/schemas/backups';
import { folderPathSchema } from '../../../../shared/schemas/datafile';
import { useServerForm } from '../../api/useServerForm';
import { Button } from '../../ui/Button';
import { FormActions } from '../../ui/FormActions';
import { FormAlert } from '../../ui/FormAlert';
import { FormTextField } from '../../ui/FormFields';
import { Modal } from '../../ui/Modal';
import { useChooseBackupFolder, useSetBackupFolder } from './hooks';

const folderFormSchema = backupFolderInputSchema.extend({ folder: folderPathSchema });

const FolderForm = ({ onSaved, onCancel }: { onSaved: (folder: string) => void; onCancel: () => void }) => {
  const { t } = useTranslation();
  const setFolder = useSetBackupFolder();
  const form = useServerForm(folderFormSchema, {
    defaultValues: { folder: '' },
    onSubmit: async (values) => onSaved((await setFolder.mutateAsync(values.folder)).folder),
  });
  return (
    <Form className="form" onSubmit={(event) => void form.submit(event)} validationBehavior="aria">
      <FormAlert message={form.formError} />
      <FormTextField
        control={form.control}
        name="folder"
        label={t('backups.folderLabel')}
        description={t('backups.folderHelp')}
        autoFocus
      />
      <FormActions submitLabel={t('common.save')} isSubmitting={form.formState.isSubmitting} onCancel={onCancel} />
    </Form>
  );
};

/** Where this file's backups go: `Sauvegardes` beside it, or a folder chosen on this computer. */
export const BackupFolder = ({ desktop, list, onDone }: { desktop: boolean; list: BackupList; onDone: (message: string) => void }) => {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const choose = useChooseBackupFolder();
  const reset = useSetBackupFolder();
  const saved = (folder: string) => onDone(t('backups.folderSaved', { folder }));
  return (
    <>
      <dl className="details">
        <dt>{t('backups.folder')}</dt>
        <dd>
          <code data-testid="backup-folder">{list.folder}</code>
          {list.folder === list.defaultFolder && ` (${t('backups.folderDefault')})`}
        </dd>
      </dl>
      <div className="button-row">
        <Button
          onPress={() => (desktop ? choose.mutate(undefined, { onSuccess: (result) => result && saved(result.folder) }) : setEditing(true))}
        >
          {t('backups.changeFolder')}
        </Button>
        {list.folder !== list.defaultFolder && (
          <Button variant="quiet" onPress={() => reset.mutate(null, { onSuccess: (result) => saved(result.folder) })}>
            {t('backups.resetFolder')}
          </Button>
        )}
      </div>
      <FormAlert message={choose.error?.message ?? reset.error?.message ?? null} />
      <Modal title={t('backups.folderTitle')} isOpen={editing} onOpenChange={setEditing}>
        <FolderForm
          onSaved={(folder) => {
            setEditing(false);
            saved(folder);
          }}
          onCancel={() => setEditing(false)}
        />
      </Modal>
    </>
  );
};
