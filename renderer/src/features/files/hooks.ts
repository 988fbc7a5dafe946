import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_FILE_BYTES, isExecutableName } from '../../../../shared/domain/files';
import type { Attachment, AttachmentOwner } from '../../../../shared/schemas/files';
import { call, download, upload } from '../../api/client';
import { queryKeys } from '../../app/queryKeys';
import { displayName } from './format';
import { saveBytes } from '../../api/save';

export const useAttachments = (owner: AttachmentOwner) =>
  useQuery({ queryKey: queryKeys.attachments(owner), queryFn: () => call('files.list', { owner }) });

/** A file change shows in the owner's list and in its history (the document's, for a version). */
const useInvalidateFiles = (owner: AttachmentOwner) => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: queryKeys.attachments(owner) }),
      queryClient.invalidateQueries({ queryKey: ['history'] }),
    ]);
};

/** A file being sent, or one that was refused (with the reason, in the interface language or the backend's French). */
export type UploadItem = { key: number; name: string; status: 'pending' | 'failed'; message: string | null };

/** Sends chosen or dropped files one after the other, keeping a line per file until it is stored or dismissed. */
export const useFileUploads = (owner: AttachmentOwner, onUploaded: (attachment: Attachment) => void) => {
  const { t } = useTranslation();
  const invalidate = useInvalidateFiles(owner);
  const [items, setItems] = useState<UploadItem[]>([]);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const nextKey = useRef(0);

  const settle = (key: number, message: string | null) =>
    setItems((current) =>
      message === null
        ? current.filter((item) => item.key !== key)
        : current.map((item) => (item.key === key ? { ...item, status: 'failed', message } : item)),
    );

  const send = async (file: File, key: number): Promise<void> => {
    // Checked before reading: a 2 Go video is refused without being loaded into memory.
    if (file.size > MAX_FILE_BYTES) return settle(key, t('files.tooLarge'));
    if (isExecutableName(file.name)) return settle(key, t('files.executable'));
    let bytes: Uint8Array<ArrayBuffer>;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      return settle(key, t('files.unreadable'));
    }
    try {
      const attachment = await upload('files.upload', { owner, fileName: file.name }, bytes);
      settle(key, null);
      onUploaded(attachment);
      await invalidate();
    } catch (error) {
      settle(key, error instanceof Error ? error.message : String(error));
    }
  };

  const add = (files: readonly File[]) => {
    const entries = files.map((file) => ({ file, key: (nextKey.current += 1) }));
    setItems((current) => [
      ...current,
      ...entries.map(({ file, key }) => ({ key, name: displayName(file.name), status: 'pending' as const, message: null })),
    ]);
    // One at a time: each file is held whole in memory (up to 100 Mo) while it is sent.
    queue.current = entries.reduce((chain, { file, key }) => chain.then(() => send(file, key)), queue.current);
  };

  const dismiss = (key: number) => setItems((current) => current.filter((item) => item.key !== key));

  return { items, add, dismiss };
};

export const useRemoveAttachment = (owner: AttachmentOwner) => {
  const invalidate = useInvalidateFiles(owner);
  return useMutation({ mutationFn: (id: number) => call('files.remove', { id }), onSuccess: invalidate });
};

/** Fetches a file's bytes and hands them to the browser's download (or Electron's save dialog). */
export const useSaveAttachment = () =>
  useMutation({
    mutationFn: async (id: number) => {
      const file = await download('files.download', { id });
      saveBytes(file.fileName, file.mediaType, file.content);
    },
  });

/** Desktop only: opens a read-only copy with the system's application. */
export const useOpenAttachment = () => useMutation({ mutationFn: (id: number) => call('files.open', { id }) });
