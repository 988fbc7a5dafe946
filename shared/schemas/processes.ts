import { z } from 'zod';
import { processKinds } from '../domain/processes';
import { idSchema, requiredLine } from './common';

export const processKindSchema = z.enum(processKinds, { error: 'Choisissez une famille de processus.' });

export const processSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: processKindSchema,
  pilotId: idSchema.nullable(),
  pilotName: z.string().nullable(),
});
export type Process = z.infer<typeof processSchema>;

export const processFieldsSchema = z.object({
  name: requiredLine('Le nom du processus', 120),
  kind: processKindSchema,
  pilotId: idSchema.nullable(),
});
export type ProcessFields = z.input<typeof processFieldsSchema>;

export const processCreateSchema = processFieldsSchema.strict();
export const processUpdateSchema = processFieldsSchema.extend({ id: idSchema }).strict();
