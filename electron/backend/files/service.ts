import crypto from 'node:crypto';
import type { z } from 'zod';
import {
  EXECUTABLE_FILE_MESSAGE,
  FILE_TOO_LARGE_MESSAGE,
  MAX_FILE_BYTES,
  deliveredMediaType,
  isExecutableName,
  mediaTypeOf,
} from '../../../shared/domain/files';
import type { Attachment, AttachmentContent, AttachmentOwner, attachmentUploadSchema } from '../../../shared/schemas/files';
import type { FieldChange } from '../../../shared/schemas/history';
import type { ServiceContext } from '../context';
import { ServiceError, invalidField, notFound } from '../errors';
import { createHistoryRepository } from '../history/repository';
import { numberedFileName, sanitizeFileName } from './names';
import type { OwnerRecord } from './owner-kind';
import { createOwnersRepository } from './owners';
import { createFilesRepository } from './repository';

type Upload = z.output<typeof attachmentUploadSchema>;

// A record will not hold thousands of files of one name; the bound only guards the loop.
const MAX_DUPLICATE_NUMBER = 10_000;

/** Views the bytes as a Buffer without copying them (IPC delivers a plain Uint8Array). */
const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** What the history says about a file: its name, size and fingerprint, and which version of its owner. */
const fileFields = (attachment: Pick<Attachment, 'fileName' | 'size' | 'sha256'>, owner: OwnerRecord) => ({
  fileName: attachment.fileName,
  size: attachment.size,
  sha256: attachment.sha256,
  ...owner.history.fields,
});

const added = (fields: Record<string, unknown>): FieldChange[] =>
  Object.entries(fields).map(([field, value]) => ({ field, before: null, after: value }));

const removed = (fields: Record<string, unknown>): FieldChange[] =>
  Object.entries(fields).map(([field, value]) => ({ field, before: value, after: null }));

export const createFilesService = (ctx: ServiceContext) => {
  const files = createFilesRepository(ctx.db);
  const owners = createOwnersRepository(ctx.db);
  const history = createHistoryRepository(ctx.db, ctx.author);

  const mustBeChangeable = (owner: OwnerRecord): void => {
    if (owner.frozenReason !== null) throw new ServiceError('conflict', owner.frozenReason);
  };

  const mustGetActive = (id: number): Attachment => {
    const attachment = files.getActive(id);
    if (!attachment) throw notFound('Ce fichier');
    return attachment;
  };

  /** The cleaned name, or the first free "name (n).ext" among the owner's files. */
  const freeName = (owner: AttachmentOwner, fileName: string): string => {
    for (let n = 1; n <= MAX_DUPLICATE_NUMBER; n += 1) {
      const candidate = n === 1 ? fileName : numberedFileName(fileName, n);
      if (!files.isNameTaken(owner, candidate)) return candidate;
    }
    throw invalidField('fileName', 'Trop de fichiers portent déjà ce nom : renommez le fichier avant de l’ajouter.');
  };

  return {
    /** The files still attached to a record, by name. */
    list: (owner: AttachmentOwner): Attachment[] => {
      owners.mustFind(owner);
      return files.listActive(owner);
    },

    /** Stores a file (one copy per content) and attaches it under a clean, unique name. */
    upload: (input: Upload): Attachment => {
      const content = asBuffer(input.content);
      if (content.byteLength > MAX_FILE_BYTES) throw new ServiceError('payload_too_large', FILE_TOO_LARGE_MESSAGE);
      const cleanName = sanitizeFileName(input.fileName);
      if (isExecutableName(cleanName)) throw invalidField('fileName', EXECUTABLE_FILE_MESSAGE);
      // Hashing 100 MB takes a moment: done before the write lock is taken.
      const sha256 = crypto.createHash('sha256').update(content).digest('hex');
      return ctx.db
        .transaction(() => {
          const owner = owners.mustFind(input.owner);
          mustBeChangeable(owner);
          const at = ctx.now().toISOString();
          files.putBlob(sha256, content, at);
          const fileName = freeName(input.owner, cleanName);
          const id = files.insert({
            owner: input.owner,
            fileName,
            mediaType: mediaTypeOf(fileName),
            size: content.byteLength,
            sha256,
            at,
            actor: ctx.author().name,
          });
          const attachment = mustGetActive(id);
          history.append({
            at,
            entity: owner.history.entity,
            entityId: owner.history.entityId,
            action: 'file_add',
            changes: added(fileFields(attachment, owner)),
          });
          return attachment;
        })
        .immediate();
    },

    /**
     * A file's bytes with its cleaned name, for saving or opening. The type is what the name and
     * the first bytes agree on, else `application/octet-stream`: never the stored `media_type`.
     */
    download: (id: number): AttachmentContent => {
      const attachment = mustGetActive(id);
      const content = files.readBlob(attachment.sha256);
      if (content === undefined) throw notFound('Le contenu de ce fichier');
      const { fileName, size, sha256 } = attachment;
      return { fileName, mediaType: deliveredMediaType(fileName, content), size, sha256, content };
    },

    /** Detaches a file. Its row and content stay, hidden, for the audit trail. */
    remove: (id: number): Attachment =>
      ctx.db
        .transaction(() => {
          const attachment = mustGetActive(id);
          const owner = owners.mustFind(attachment.owner);
          mustBeChangeable(owner);
          const at = ctx.now().toISOString();
          files.markRemoved(id, at, ctx.author().name);
          history.append({
            at,
            entity: owner.history.entity,
            entityId: owner.history.entityId,
            action: 'file_remove',
            changes: removed(fileFields(attachment, owner)),
          });
          return attachment;
        })
        .immediate(),
  };
};
