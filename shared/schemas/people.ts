import { z } from 'zod';
import { idSchema, optionalLine, requiredLine } from './common';

export const personSchema = z.object({
  id: idSchema,
  name: z.string(),
  jobTitle: z.string().nullable(),
  active: z.boolean(),
});
export type Person = z.infer<typeof personSchema>;

export const personFieldsSchema = z.object({
  name: requiredLine('Le nom', 120),
  jobTitle: optionalLine('La fonction', 120),
});
export type PersonFields = z.input<typeof personFieldsSchema>;

export const personCreateSchema = personFieldsSchema.strict();
export const personUpdateSchema = personFieldsSchema.extend({ id: idSchema, active: z.boolean({ error: 'Valeur invalide.' }) }).strict();
export type PersonUpdate = z.infer<typeof personUpdateSchema>;
