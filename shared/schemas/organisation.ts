import { z } from 'zod';
import { indiceSchemes } from '../domain/versions';
import { optionalLine } from './common';

/** The structure the file is about: its name and how its documents' versions are numbered. */
export const organisationSchema = z.object({ name: z.string().nullable(), indiceScheme: z.enum(indiceSchemes) });
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationUpdateSchema = z
  .object({
    name: optionalLine('Le nom de la structure', 160),
    indiceScheme: z.enum(indiceSchemes, { error: 'Choisissez une numérotation.' }),
  })
  .strict();
export type OrganisationUpdate = z.input<typeof organisationUpdateSchema>;
