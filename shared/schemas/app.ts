import { z } from 'zod';
import { indiceSchemes } from '../domain/versions';
import { optionalLine, optionalText } from './common';

export const fileStateSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('open'),
    path: z.string(),
    schemaVersion: z.number().int(),
    /** Opened for reading only (another Sève holds it, or the file is unfit for writing): every change is refused. */
    readOnly: z.boolean(),
    /** Why Sève itself keeps this file read-only (history unprotected, integrity check failed), in French; null otherwise. */
    readOnlyReason: z.string().nullable(),
    /** Why the last automatic backup failed, in French; null when it worked. */
    backupWarning: z.string().nullable(),
  }),
  z.object({ status: z.literal('error'), path: z.string(), code: z.string(), message: z.string() }),
]);
export type FileState = z.infer<typeof fileStateSchema>;

export const appInfoSchema = z.object({
  appVersion: z.string(),
  host: z.enum(['electron', 'browser']),
  file: fileStateSchema,
  organisationName: z.string().nullable(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

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
