import { z } from 'zod';
import { documentTypeSchema } from './documents';
import { calendarDateSchema, idSchema, requiredText } from './common';

/** Browser mode: the folder typed by the user, on the computer running Sève. */
export const importScanSchema = z
  .object({
    folder: z
      .string({ error: 'Indiquez le chemin du dossier.' })
      .trim()
      .min(1, 'Indiquez le chemin du dossier.')
      .max(4096, 'Ce chemin est trop long.')
      .refine((folder) => folder.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(folder) || folder.startsWith('\\\\'), {
        message: 'Indiquez le chemin complet du dossier (par exemple /home/amelie/Qualité ou C:\\Qualité).',
      }),
  })
  .strict();

export const importFileStatuses = ['pret', 'doublon', 'deja_present', 'refuse'] as const;

/** One file found in the folder, with what Sève proposes for it. */
export const importFileSchema = z.object({
  id: z.number().int().nonnegative(),
  /** Path inside the chosen folder, with `/` between folders. */
  relativePath: z.string(),
  size: z.number().int().nonnegative(),
  /** The file's last change, as a day: version 1 is in force from it. */
  modifiedOn: calendarDateSchema,
  sha256: z.string().nullable(),
  status: z.enum(importFileStatuses),
  /** Why it will not be imported (French), or null when it is ready. */
  reason: z.string().nullable(),
  proposal: z.object({ title: z.string(), type: documentTypeSchema, processId: idSchema.nullable() }),
});
export type ImportFile = z.infer<typeof importFileSchema>;

export const importScanResultSchema = z.object({
  scanId: z.string(),
  folder: z.string(),
  files: z.array(importFileSchema),
  /** System and temporary files skipped (Thumbs.db, ~$lock files, hidden files). */
  skipped: z.number().int().nonnegative(),
});
export type ImportScanResult = z.infer<typeof importScanResultSchema>;

/** What the user ticked and corrected, file by file. */
export const importStartSchema = z
  .object({
    scanId: z.string().min(1).max(64),
    items: z
      .array(
        z
          .object({
            fileId: z.number().int().nonnegative(),
            title: requiredText('Le titre', 200),
            type: documentTypeSchema,
            processId: idSchema.nullable(),
            effectiveDate: calendarDateSchema,
          })
          .strict(),
      )
      .min(1, 'Cochez au moins un fichier à importer.')
      .max(2000, 'Pas plus de 2 000 fichiers à la fois.')
      .refine((items) => new Set(items.map((item) => item.fileId)).size === items.length, 'Un même fichier est coché deux fois.'),
  })
  .strict();
export type ImportStart = z.input<typeof importStartSchema>;

export const importJobRefSchema = z.object({ jobId: z.string().min(1).max(64) }).strict();

export const importJobSchema = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'cancelled', 'failed']),
  total: z.number().int(),
  processed: z.number().int(),
  fraction: z.number(),
  imported: z.array(z.object({ relativePath: z.string(), documentId: idSchema, reference: z.string(), title: z.string() })),
  refused: z.array(z.object({ relativePath: z.string(), reason: z.string() })),
  message: z.string().nullable(),
});
export type ImportJob = z.infer<typeof importJobSchema>;
