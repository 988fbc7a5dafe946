import { z } from 'zod';

// eslint-disable-next-line no-control-regex -- a path with control characters is a mistake or an attack, never a real file.
const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F]/;
/** `/home/…`, `C:\…` or `\\serveur\partage\…`: a relative path would depend on where Sève was started. */
const ABSOLUTE = /^(\/|[A-Za-z]:[\\/]|\\\\[^\\])/;

const pathOf = (what: string) =>
  z
    .string({ error: `${what} est obligatoire.` })
    .trim()
    .min(1, `${what} est obligatoire.`)
    .max(4096, `${what} est trop long.`)
    .refine((value) => !CONTROL_CHARACTERS.test(value), `${what} contient des caractères invalides.`)
    .refine(
      (value) => ABSOLUTE.test(value),
      `Donnez le chemin complet (par exemple /home/marie/Documents/Sève/qualite.sqlite ou C:\\Qualité\\qualite.sqlite).`,
    );

export const dataFilePathSchema = pathOf('Le chemin du fichier');
export const folderPathSchema = pathOf('Le chemin du dossier');

/** New files and copies end in `.sqlite`: the system then knows them, and Sève's dialogs list them. */
const sqlitePathSchema = dataFilePathSchema.refine(
  (value) => /\.sqlite$/i.test(value),
  'Le nom du fichier doit se terminer par « .sqlite ».',
);

export const dataFileOpenSchema = z.object({ path: dataFilePathSchema, readOnly: z.boolean().default(false) }).strict();
export type DataFileOpen = z.input<typeof dataFileOpenSchema>;

export const dataFileCreateSchema = z.object({ path: sqlitePathSchema }).strict();
export type DataFileCreate = z.input<typeof dataFileCreateSchema>;

export const dataFileCopySchema = z.object({ path: sqlitePathSchema }).strict();
export type DataFileCopy = z.input<typeof dataFileCopySchema>;

export const readOnlyChoiceSchema = z.object({ readOnly: z.boolean().default(false) }).strict();

export const recentFileSchema = z.object({ path: z.string(), openedAt: z.string(), exists: z.boolean() });
export type RecentFile = z.infer<typeof recentFileSchema>;

export const copyResultSchema = z.object({ path: z.string(), sizeBytes: z.number().int() });
export type CopyResult = z.infer<typeof copyResultSchema>;
