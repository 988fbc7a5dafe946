import { z } from 'zod';
import { MAX_SCOPE_ITEMS, packJobStates, packSectionIds } from '../domain/pack';
import { calendarDateSchema, idSchema } from './common';
import { fileContentSchema } from './files';

/** Opaque ids handed out by the backend (jobs) or the desktop host (chosen save targets). */
export const opaqueIdSchema = z.string({ error: 'Identifiant invalide.' }).regex(/^[A-Za-z0-9_-]{16,64}$/, 'Identifiant invalide.');

const idList = (label: string) =>
  z
    .array(idSchema)
    .min(1, `Choisissez au moins ${label}.`)
    .max(MAX_SCOPE_ITEMS, `Trop d’éléments dans le périmètre (${MAX_SCOPE_ITEMS} au plus).`);

export const packScopeSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('all') }).strict(),
    z.object({ kind: z.literal('processes'), processIds: idList('un processus') }).strict(),
    z.object({ kind: z.literal('requirements'), requirementIds: idList('une exigence') }).strict(),
  ],
  { error: 'Choisissez le périmètre du dossier.' },
);

export const packSectionIdSchema = z.enum(packSectionIds, { error: 'Section inconnue.' });

/** What the wizard asks for: the date the pack speaks for, the referential, the scope, the sections and, if any, the audit it is for. */
export const packStartSchema = z
  .object({
    date: calendarDateSchema,
    referentialId: idSchema.nullable(),
    scope: packScopeSchema,
    sections: z
      .array(packSectionIdSchema)
      .min(1, 'Choisissez au moins une section.')
      .max(packSectionIds.length)
      .refine((sections) => new Set(sections).size === sections.length, 'Une section est choisie deux fois.'),
    /** The audit the pack is prepared for: its certification fills the cover. */
    auditId: idSchema.optional(),
    /** Desktop only: where to save, as chosen in the save dialog (`pack.chooseTarget`). */
    targetId: opaqueIdSchema.optional(),
  })
  .strict()
  .refine((input) => input.referentialId !== null || (!input.sections.includes('coverage') && input.scope.kind !== 'requirements'), {
    message: 'Choisissez le référentiel du dossier.',
    path: ['referentialId'],
  });
export type PackStart = z.input<typeof packStartSchema>;

/** A single-record PDF: a document's read-acknowledgement sheet (émargement) of its version in force. */
export const readSheetStartSchema = z.object({ documentId: idSchema, targetId: opaqueIdSchema.optional() }).strict();

export const packJobRefSchema = z.object({ jobId: opaqueIdSchema }).strict();

export const packJobSchema = z.object({
  jobId: z.string(),
  state: z.enum(packJobStates),
  /** French label of the step under way ("Registre des documents en vigueur"). */
  step: z.string(),
  /** 0 to 1. */
  fraction: z.number().min(0).max(1),
  fileName: z.string(),
  /** Desktop: whether the PDF was written where the user chose (so "open" makes sense). */
  savedToTarget: z.boolean(),
  pages: z.number().int().nullable(),
  bytes: z.number().int().nullable(),
  embeddedFiles: z.number().int().nullable(),
  /** Files listed as missing in the manifest (blob absent or altered). */
  missingFiles: z.number().int().nullable(),
  /** French, says what to do; set when the job failed. */
  message: z.string().nullable(),
});
export type PackJob = z.infer<typeof packJobSchema>;

export const packStartedSchema = z.object({ jobId: z.string() });

export const packDownloadSchema = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int().nonnegative(),
  content: fileContentSchema,
});

export const chooseTargetSchema = z
  .object({ suggestedName: z.string({ error: 'Nom de fichier invalide.' }).min(1).max(255, 'Nom de fichier trop long.') })
  .strict();
export const chosenTargetSchema = z.object({ targetId: z.string(), fileName: z.string() }).nullable();
