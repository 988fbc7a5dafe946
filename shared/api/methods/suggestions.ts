import { z } from 'zod';
import { byIdSchema } from '../../schemas/common';
import {
  suggestionFieldsSchema,
  suggestionListQuerySchema,
  suggestionSchema,
  suggestionTriageSchema,
  suggestionUpdateSchema,
} from '../../schemas/suggestions';
import { method } from '../method';

/** Fiches d'amélioration: quick capture, then triage into a nonconformity, an action, or "non retenue". */
export const suggestionsMethods = {
  'suggestions.list': method(suggestionListQuerySchema, z.array(suggestionSchema), false),
  'suggestions.get': method(byIdSchema, suggestionSchema, false),
  'suggestions.create': method(suggestionFieldsSchema, suggestionSchema, true),
  'suggestions.update': method(suggestionUpdateSchema, suggestionSchema, true),
  'suggestions.triage': method(suggestionTriageSchema, suggestionSchema, true),
} as const;
