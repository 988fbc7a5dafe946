import { z } from 'zod';
import { idSchema } from './common';

export const searchKinds = ['document', 'requirement'] as const;

export const searchQuerySchema = z
  .object({ text: z.string({ error: 'Recherche invalide.' }).max(200, 'La recherche ne dépasse pas 200 caractères.') })
  .strict();

export const searchHitSchema = z.object({
  kind: z.enum(searchKinds),
  id: idSchema,
  /** Reference of a document, number of a requirement. */
  label: z.string(),
  title: z.string(),
  /** Where the words were found, with the matches between « and ». */
  excerpt: z.string(),
});
export type SearchHit = z.infer<typeof searchHitSchema>;
