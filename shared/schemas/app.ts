import { z } from 'zod';

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
