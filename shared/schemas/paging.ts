import { z } from 'zod';
import { idSchema } from './common';

/** What a paged register answers by default (`open`: its open or current records) or on demand (`all`). */
export const pageScopes = ['open', 'all'] as const;
export type PageScope = (typeof pageScopes)[number];

/** How many rows a page or a picker's answer holds at most. */
export const limitSchema = z
  .number({ error: 'Taille de page invalide.' })
  .int()
  .min(1, 'Au moins 1 ligne.')
  .max(500, 'Au plus 500 lignes par page.')
  .optional();

/**
 * The fields every register's page query adds to its filters: the scope, `limit` rows (200 by
 * default) and the cursor `after` which the page starts (the last row of the page before).
 */
export const pagingFields = <Cursor extends z.ZodType>(cursor: Cursor) => ({
  scope: z.enum(pageScopes, { error: 'Portée invalide : « open » (par défaut) ou « all ».' }).optional(),
  limit: limitSchema,
  after: cursor.optional(),
});

/** Words typed to find records (a register's search box, a picker): each must begin a word of the record, accents and case aside. */
export const searchSchema = z
  .string({ error: 'Recherche invalide.' })
  .trim()
  .max(200, 'La recherche ne dépasse pas 200 caractères.')
  .optional();

/**
 * The fields a picker adds to a register's page query: `search` (typed words) and `ids` (the records
 * already chosen, to show their labels whatever the page holds).
 */
export const pickingFields = {
  search: searchSchema,
  ids: z.array(idSchema).min(1, 'Au moins un identifiant.').max(500, 'Au plus 500 identifiants.').optional(),
};

/**
 * One page of a register: its rows, `total` rows matching the filters and the scope (all pages
 * together), `openTotal` of them in the default scope and `allTotal` in any scope, whatever the scope
 * asked (« 12 000 actions, dont 800 ouvertes »), and the next cursor.
 */
export const pageSchemaOf = <Item extends z.ZodType, Cursor extends z.ZodType>(item: Item, cursor: Cursor) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    openTotal: z.number().int(),
    allTotal: z.number().int(),
    next: cursor.nullable(),
  });
