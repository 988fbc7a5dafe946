import { z } from 'zod';
import { idSchema } from './common';

/** Records that can carry files. Later: actions, audits, findings… (checked here, not by a CHECK, so the list can grow). */
export const attachmentOwnerEntities = ['document_version', 'audit', 'action', 'effectiveness_check', 'watch_item'] as const;
export const attachmentOwnerEntitySchema = z.enum(attachmentOwnerEntities, { error: 'Type d’enregistrement inconnu pour un fichier.' });
export type AttachmentOwnerEntity = z.infer<typeof attachmentOwnerEntitySchema>;

export const attachmentOwnerSchema = z.object({ entity: attachmentOwnerEntitySchema, id: idSchema }).strict();
export type AttachmentOwner = z.infer<typeof attachmentOwnerSchema>;

/** The bytes of a file. They cross IPC as a Uint8Array and HTTP as the raw request or response body. */
// A Buffer (Node) is a Uint8Array too; `Uint8Array` without a type argument accepts both.
export const fileContentSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, {
  error: 'Le contenu du fichier est manquant.',
});

/** A file attached to a record, as listed (its bytes are fetched separately). */
export const attachmentSchema = z.object({
  id: idSchema,
  owner: attachmentOwnerSchema,
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string(),
  addedAt: z.string(),
  addedBy: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

export const attachmentListQuerySchema = z.object({ owner: attachmentOwnerSchema }).strict();

/**
 * A new file: the name as the user's system gave it (Sève cleans it), and its bytes. The name is
 * bounded so that, in browser mode, it fits in a request header.
 */
export const attachmentUploadSchema = z
  .object({
    owner: attachmentOwnerSchema,
    fileName: z.string({ error: 'Nom de fichier invalide.' }).max(1024, 'Le nom du fichier est trop long (1 024 caractères au plus).'),
    content: fileContentSchema,
  })
  .strict();

/** A file with its bytes, for saving or opening. */
export const attachmentContentSchema = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string(),
  content: fileContentSchema,
});
export type AttachmentContent = z.infer<typeof attachmentContentSchema>;
