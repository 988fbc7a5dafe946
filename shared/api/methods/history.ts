import { z } from 'zod';
import { historyEntrySchema, historyQuerySchema } from '../../schemas/history';
import { method } from '../method';

export const historyMethods = {
  'history.forRecord': method(historyQuerySchema, z.array(historyEntrySchema), false),
} as const;
