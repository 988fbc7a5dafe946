import { z } from 'zod';
import { idSchema } from './common';

/**
 * Every kind of record the global search finds, in the order its groups are shown when they rank
 * equal. A new register adds its kind here, its source in electron/backend/search/sources.ts and
 * its page in renderer/src/features/search/destinations.ts.
 */
export const searchKinds = [
  'nonconformity',
  'action',
  'audit',
  'finding',
  'complaint',
  'suggestion',
  'document',
  'requirement',
  'indicator',
  'objective',
  'review',
  'function',
  'training',
  'provider',
  'survey',
  'issue',
  'party',
  'risk',
  'watch_item',
  'watch_source',
  'person',
  'process',
] as const;
export type SearchKind = (typeof searchKinds)[number];

export const searchQuerySchema = z
  .object({ text: z.string({ error: 'Recherche invalide.' }).max(200, 'La recherche ne dépasse pas 200 caractères.') })
  .strict();

export const searchHitSchema = z.object({
  kind: z.enum(searchKinds),
  id: idSchema,
  /** The record whose page opens: the hit itself, or its parent (a finding opens its audit). */
  pageId: idSchema,
  /** Reference of a record, number of a requirement, date of a review; empty when it has none. */
  label: z.string(),
  /** The title in French… */
  title: z.string(),
  /** …and in English where the record has one (requirements); the interface picks one. */
  titleEn: z.string().nullable(),
  /** Where the words were found when not in the title, with the matches between « and ». */
  excerpt: z.string(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;
