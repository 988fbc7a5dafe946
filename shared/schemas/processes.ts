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

/** Several processes at once (a process map from a template, as the user edited it): all are created, or none. */
export const processCreateManySchema = z
  .object({
    processes: z
      .array(processCreateSchema)
      .min(1, 'Cochez au moins un processus.')
      .max(60, 'Pas plus de 60 processus à la fois.')
      .superRefine((list, ctx) => {
        const seen = new Set<string>();
        list.forEach((process, index) => {
          const key = process.name.toLocaleLowerCase('fr');
          if (seen.has(key))
            ctx.addIssue({ code: 'custom', path: [index, 'name'], message: `« ${process.name} » figure deux fois dans la liste.` });
          seen.add(key);
        });
      }),
  })
  .strict();
