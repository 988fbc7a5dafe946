import { z } from 'zod';
import { searchHitSchema, searchQuerySchema } from '../../schemas/search';
import { method } from '../method';

export const searchMethods = {
  'search.query': method(searchQuerySchema, z.array(searchHitSchema), false),
} as const;
