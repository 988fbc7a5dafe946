import { z } from 'zod';
import { indiceSchemes } from '../domain/versions';
import { optionalLine, optionalText } from './common';

/** The structure the file is about: its name, how its documents' versions are numbered, its scope and sites. */
export const organisationSchema = z.object({
  name: z.string().nullable(),
  indiceScheme: z.enum(indiceSchemes),
  /** The scope of the quality management system (ISO 9001 §4.3), as the certificate states it. */
  scopeStatement: z.string().nullable(),
  /** The sites it covers, one per line. */
  sites: z.string().nullable(),
});
export type Organisation = z.infer<typeof organisationSchema>;

export const organisationUpdateSchema = z
  .object({
    name: optionalLine('Le nom de la structure', 160),
    indiceScheme: z.enum(indiceSchemes, { error: 'Choisissez une numérotation.' }),
    /** Absent: left as it was (callers that only name the structure). */
    scopeStatement: optionalText('Le domaine d’application', 2000).optional(),
    sites: optionalText('Les sites', 2000).optional(),
  })
  .strict();
export type OrganisationUpdate = z.input<typeof organisationUpdateSchema>;
