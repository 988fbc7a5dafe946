import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dataFileCopySchema, dataFileCreateSchema, dataFileOpenSchema } from '../../../../shared/schemas/datafile';
import type { AppInfo } from '../../../../shared/schemas/app';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { Modal } from '../../ui/Modal';
import { PathForm } from './PathForm';
import { useChooseCopy, useChooseNew, useChooseOpen, useCreateFile, useOpenFile, useSaveCopy } from './hooks';
import './datafile.css';

type Dialog = 'open' | 'create' | 'copy' | null;
const openPathSchema = dataFileOpenSchema.pick({ path: true });

/**
 * New / open / "Enregistrer une copie sous…". The desktop app asks with the system's dialogs (the
 * main process shows them); browser mode asks for the path on the computer running Sève.
 */
export const FileActions = ({
  host,
  withCopy,
  onDone,
}: {
  host: AppInfo['host'];
  withCopy: boolean;
  onDone: (message: string) => void;
}) => {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const open = useOpenFile();
  const create = useCreateFile();
  const copy = useSaveCopy();
  const chooseOpen = useChooseOpen();
  const chooseNew = useChooseNew();
  const chooseCopy = useChooseCopy();
  const desktop = host === 'electron';
  const failure = [chooseOpen, chooseNew, chooseCopy].find((mutation) => mutation.isError)?.error?.message ?? null;

  const start = (which: Exclude<Dialog, null>) => {
    if (!desktop) return setDialog(which);
    if (which === 'open') chooseOpen.mutate(false);
    if (which === 'create') chooseNew.mutate();
    if (which === 'copy')
      chooseCopy.mutate(undefined, { onSuccess: (result) => result && onDone(t('datafile.copied', { path: result.path })) });
  };

  return (
    <>
      <div className="button-row">
        <Button onPress={() => start('open')}>{t('datafile.open')}</Button>
        <Button onPress={() => start('create')}>{t('datafile.create')}</Button>
        {withCopy && <Button onPress={() => start('copy')}>{t('datafile.saveCopy')}</Button>}
      </div>
      <FormAlert message={failure} />
      <Modal title={t('datafile.openTitle')} isOpen={dialog === 'open'} onOpenChange={(isOpen) => !isOpen && setDialog(null)}>
        <PathForm
          schema={openPathSchema}
          submitLabel={t('datafile.openSubmit')}
          description={t('datafile.pathHelp')}
          onSubmit={(path) => open.mutateAsync({ path })}
          onCancel={() => setDialog(null)}
        />
      </Modal>
      <Modal title={t('datafile.createTitle')} isOpen={dialog === 'create'} onOpenChange={(isOpen) => !isOpen && setDialog(null)}>
        <PathForm
          schema={dataFileCreateSchema}
          submitLabel={t('datafile.createSubmit')}
          description={`${t('datafile.createHelp')} ${t('datafile.pathHelp')}`}
          onSubmit={(path) => create.mutateAsync({ path })}
          onCancel={() => setDialog(null)}
        />
      </Modal>
      <Modal title={t('datafile.copyTitle')} isOpen={dialog === 'copy'} onOpenChange={(isOpen) => !isOpen && setDialog(null)}>
        <PathForm
          schema={dataFileCopySchema}
          submitLabel={t('datafile.copySubmit')}
          description={`${t('datafile.copyHelp')} ${t('datafile.pathHelp')}`}
          onSubmit={async (path) => {
            const result = await copy.mutateAsync({ path });
            setDialog(null);
            onDone(t('datafile.copied', { path: result.path }));
          }}
          onCancel={() => setDialog(null)}
        />
      </Modal>
    </>
  );
};
