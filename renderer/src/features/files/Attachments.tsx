import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Attachment, AttachmentOwner } from '../../../../shared/schemas/files';
import { Button } from '../../ui/Button';
import { FormAlert } from '../../ui/FormAlert';
import { Modal } from '../../ui/Modal';
import { Notice, useNotice } from '../../ui/Notice';
import { EmptyState } from '../../ui/States';
import { useAppInfo } from '../../app/appInfo';
import { AddFiles, UploadList } from './AddFiles';
import { AttachmentsTable } from './AttachmentsTable';
import { useAttachments, useFileUploads, useOpenAttachment, useRemoveAttachment, useSaveAttachment } from './hooks';
import './attachments.css';
import { QueryFallback } from '../../ui/list/QueryView';

export type AttachmentsProps = {
  /** The record the files belong to (a document version, an audit's report…). */
  owner: AttachmentOwner;
  /** Whether files may be added and removed now (a draft version, an open audit); the backend refuses otherwise anyway. */
  editable: boolean;
};

/** The files of one record: list, add (drop or choose, several at once), download, open (desktop), remove. */
export const Attachments = ({ owner, editable }: AttachmentsProps) => {
  const { t } = useTranslation();
  const list = useAttachments(owner);
  const info = useAppInfo();
  const [notice, showNotice] = useNotice();
  const uploads = useFileUploads(owner, (attachment) => showNotice(t('files.uploaded', { name: attachment.fileName })));
  const save = useSaveAttachment();
  const open = useOpenAttachment();
  const remove = useRemoveAttachment(owner);
  const [removing, setRemoving] = useState<Attachment | null>(null);

  const actionError = save.error ?? open.error ?? null;
  const confirmRemove = async (attachment: Attachment) => {
    try {
      await remove.mutateAsync(attachment.id);
      setRemoving(null);
      showNotice(t('files.removed', { name: attachment.fileName }));
    } catch {
      // The dialog stays open and shows the backend's message (e.g. the version was submitted meanwhile).
    }
  };

  const body = () => {
    if (!list.isSuccess) return <QueryFallback query={list} />;
    if (list.data.length === 0) {
      return <EmptyState title={t('files.emptyTitle')}>{editable ? t('files.emptyEditable') : t('files.emptyFrozen')}</EmptyState>;
    }
    return (
      <AttachmentsTable
        attachments={list.data}
        canOpen={info.data?.host === 'electron'}
        editable={editable}
        busy={save.isPending || open.isPending}
        onSave={(attachment) => save.mutate(attachment.id)}
        onOpen={(attachment) => open.mutate(attachment.id)}
        onRemove={(attachment) => {
          remove.reset();
          setRemoving(attachment);
        }}
      />
    );
  };

  return (
    <div className="attachments">
      {editable && <AddFiles onFiles={uploads.add} />}
      <UploadList items={uploads.items} onDismiss={uploads.dismiss} />
      <Notice message={notice} />
      <FormAlert message={actionError?.message ?? null} />
      {body()}
      <Modal
        title={removing ? t('files.removeTitle', { name: removing.fileName }) : ''}
        isOpen={removing !== null}
        onOpenChange={(isOpen) => !isOpen && setRemoving(null)}
      >
        <p>{t('files.removeText')}</p>
        <FormAlert message={remove.error?.message ?? null} />
        <div className="form__actions">
          <Button onPress={() => setRemoving(null)}>{t('common.cancel')}</Button>
          <Button variant="danger" isDisabled={remove.isPending} onPress={() => removing && void confirmRemove(removing)}>
            {t('files.remove')}
          </Button>
        </div>
      </Modal>
    </div>
  );
};
