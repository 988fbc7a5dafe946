import { z } from 'zod';
import { lastChangeSchema, undoApplySchema, undoResultSchema } from '../../schemas/undo';
import { method } from '../method';

export const undoMethods = {
  'undo.last': method(z.object({}).strict(), lastChangeSchema, false),
  'undo.apply': method(undoApplySchema, undoResultSchema, true),
} as const;
