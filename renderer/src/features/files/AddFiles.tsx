import { useTranslation } from 'react-i18next';
import { DropZone, FileTrigger, Text, isFileDropItem, type DropItem } from 'react-aria-components';
import { Button } from '../../ui/Button';
import type { UploadItem } from './hooks';

type AddFilesProps = { onFiles: (files: File[]) => void };

const droppedFiles = (items: readonly DropItem[]): Promise<File[]> =>
  Promise.all(items.filter(isFileDropItem).map((item) => item.getFile()));

/** Where files are dropped or chosen (several at once); the limits are said before anyone tries. */
export const AddFiles = ({ onFiles }: AddFilesProps) => {
  const { t } = useTranslation();
  return (
    <DropZone
      className="attachments__drop"
      aria-label={t('files.dropZone')}
      onDrop={(event) => void droppedFiles(event.items).then((files) => files.length > 0 && onFiles(files))}
    >
      <Text slot="label" className="attachments__drop-label">
        {t('files.dropHere')}
      </Text>{' '}
      <FileTrigger allowsMultiple onSelect={(list) => list && onFiles([...list])}>
        <Button variant="primary">{t('files.add')}</Button>
      </FileTrigger>
      <p className="attachments__limits">{t('files.limits')}</p>
    </DropZone>
  );
};

type UploadListProps = { items: readonly UploadItem[]; onDismiss: (key: number) => void };

/** Files being sent (announced politely) and files refused (announced at once, each with its reason). */
export const UploadList = ({ items, onDismiss }: UploadListProps) => {
  const { t } = useTranslation();
  const pending = items.filter((item) => item.status === 'pending');
  const failed = items.filter((item) => item.status === 'failed');
  // The live regions stay in the page, empty, so that what appears in them is announced.
  return (
    <>
      <div role="status">
        {pending.length > 0 && (
          <ul className="attachments__uploads" aria-busy="true">
            {pending.map((item) => (
              <li key={item.key} className="attachments__upload">
                <span className="attachments__spinner" aria-hidden="true" /> {t('files.uploading', { name: item.name })}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div role="alert">
        {failed.length > 0 && (
          <ul className="attachments__uploads">
            {failed.map((item) => (
              <li key={item.key} className="attachments__upload attachments__upload--failed">
                <span>{t('files.uploadFailed', { name: item.name, message: item.message ?? '' })}</span>
                <Button variant="quiet" onPress={() => onDismiss(item.key)} aria-label={`${t('files.dismiss')} (${item.name})`}>
                  ×
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
};
