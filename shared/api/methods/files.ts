import { z } from 'zod';
import { byIdSchema } from '../../schemas/common';
import { attachmentContentSchema, attachmentListQuerySchema, attachmentSchema, attachmentUploadSchema } from '../../schemas/files';
import { method } from '../method';

export const filesMethods = {
  'files.list': method(attachmentListQuerySchema, z.array(attachmentSchema), false),
  'files.upload': method(attachmentUploadSchema, attachmentSchema, true, { binary: 'upload' }),
  'files.download': method(byIdSchema, attachmentContentSchema, false, { binary: 'download' }),
  'files.remove': method(byIdSchema, attachmentSchema, true),
  /** Writes a read-only copy to a temporary folder and opens it with the system's application (desktop only). */
  'files.open': method(byIdSchema, z.null(), false, { host: 'electron' }),
} as const;
