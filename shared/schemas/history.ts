import { z } from 'zod';
import { idSchema } from './common';

export const historyEntities = [
  'document',
  'person',
  'process',
  'organisation',
  'referential',
  'requirement',
  'certification',
  'audit',
  'nonconformity',
  'action',
  'complaint',
  'suggestion',
  'indicator',
  'objective',
  'management_review',
  'job_function',
  'training',
  'provider',
  'survey',
] as const;
export const historyEntitySchema = z.enum(historyEntities, { error: 'Type d’enregistrement inconnu.' });
export type HistoryEntity = z.infer<typeof historyEntitySchema>;

export const fieldChangeSchema = z.object({
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const historyEntrySchema = z.object({
  id: idSchema,
  at: z.string(),
  actor: z.string(),
  entity: historyEntitySchema,
  entityId: z.number().int(),
  /** `create`, `update`, or a domain move (`version_approve`, `review`…); the list grows with the schema. */
  action: z.string(),
  changes: z.array(fieldChangeSchema),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const historyQuerySchema = z.object({ entity: historyEntitySchema, entityId: idSchema }).strict();
