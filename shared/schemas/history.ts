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
  'issue',
  'party',
  'risk',
  'watch_source',
  'watch_item',
  'group_member',
  'group_cross_audit',
  'group_request',
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
  /** Who made the change: the person chosen in Sève as named then (or, before anyone was chosen, the computer's account). */
  actor: z.string(),
  /** That person in the directory; null for Sève's own writes and rows from before schema 13. */
  actorPersonId: idSchema.nullable(),
  /** The computer's account the change was made from; null on rows from before schema 13. */
  account: z.string().nullable(),
  entity: historyEntitySchema,
  entityId: z.number().int(),
  /** `create`, `update`, or a domain move (`version_approve`, `review`…); the list grows with the schema. */
  action: z.string(),
  changes: z.array(fieldChangeSchema),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const historyQuerySchema = z.object({ entity: historyEntitySchema, entityId: idSchema }).strict();
