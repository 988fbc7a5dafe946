import { z } from 'zod';
import { byIdSchema } from '../../schemas/common';
import { documentCreateSchema, documentListQuerySchema, documentSchema, documentUpdateSchema } from '../../schemas/documents';
import { method } from '../method';

export const documentsMethods = {
  'documents.list': method(documentListQuerySchema, z.array(documentSchema), false),
  'documents.get': method(byIdSchema, documentSchema, false),
  'documents.create': method(documentCreateSchema, documentSchema, true),
  'documents.update': method(documentUpdateSchema, documentSchema, true),
} as const;
