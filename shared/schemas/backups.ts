import { z } from 'zod';
import { MAX_BUDGET_MB, MIN_BUDGET_MB, backupKinds } from '../domain/backups';
import { folderPathSchema } from './datafile';

export const backupCountsSchema = z.object({
  documents: z.number().int(),
  people: z.number().int(),
  processes: z.number().int(),
  files: z.number().int(),
  history: z.number().int(),
});
export type BackupCounts = z.infer<typeof backupCountsSchema>;

export const backupSchema = z.object({
  /** The backup's file name in its folder: what `backups.restore` takes. */
  id: z.string(),
  path: z.string(),
  kind: z.enum(backupKinds),
  /** UTC instant the backup was taken. */
  createdAt: z.string(),
  sizeBytes: z.number().int(),
  schemaVersion: z.number().int().nullable(),
  /** Null when the file can no longer be read (damaged since, or not readable). */
  counts: backupCountsSchema.nullable(),
});
export type Backup = z.infer<typeof backupSchema>;

export const backupListSchema = z.object({
  folder: z.string(),
  defaultFolder: z.string(),
  backups: z.array(backupSchema),
  /** The space this file's backups may take, in bytes (the oldest are removed past it). */
  budgetBytes: z.number().int(),
  /** Whether the budget is the default one (five times the file's size, at least 500 Mo). */
  budgetIsDefault: z.boolean(),
  /** What the listed backups take now, in bytes. */
  usedBytes: z.number().int(),
});
export type BackupList = z.infer<typeof backupListSchema>;

/** A backup's file name as listed: one path component, nothing that could leave the folder. */
export const backupIdSchema = z
  .string({ error: 'Sauvegarde invalide.' })
  .min(1, 'Sauvegarde invalide.')
  .max(255, 'Sauvegarde invalide.')
  .regex(/^[^/\\\0]+\.sqlite$/, 'Sauvegarde invalide.')
  .refine((value) => !value.startsWith('.'), 'Sauvegarde invalide.');

export const backupRestoreSchema = z.object({ id: backupIdSchema }).strict();

export const backupRestoreResultSchema = z.object({ restored: backupSchema, safety: backupSchema });

export const backupFolderInputSchema = z.object({ folder: folderPathSchema.nullable() }).strict();

/** The space budget in Mo (null: back to the default one). */
export const backupBudgetInputSchema = z
  .object({
    budgetMb: z
      .number({ error: 'Indiquez un nombre de Mo.' })
      .int('Indiquez un nombre entier de Mo.')
      .min(MIN_BUDGET_MB, `Au moins ${MIN_BUDGET_MB} Mo : une sauvegarde doit pouvoir tenir.`)
      .max(MAX_BUDGET_MB, 'Au plus 1 048 576 Mo (1 To).')
      .nullable(),
  })
  .strict();
