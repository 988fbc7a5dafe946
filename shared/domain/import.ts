import type { DocumentType } from './documents';
import { extensionOf } from './files';

/**
 * Importing a folder of existing documents: which files are taken, what Sève proposes for each
 * (title, type, process) before the user corrects it, and how a file is checked to be what its
 * name says. Pure rules; the backend walks the folder and reads the bytes.
 */

/** The kinds of files a quality lead brings: PDF, Word and OpenDocument texts, spreadsheets, presentations, images. */
export const importableExtensions = new Set([
  'pdf',
  'doc',
  'docx',
  'odt',
  'xls',
  'xlsx',
  'ods',
  'ppt',
  'pptx',
  'odp',
  'png',
  'jpg',
  'jpeg',
  'gif',
  'webp',
]);

/** At most this many files in one folder (with its sub-folders): a larger one is imported part by part. */
export const MAX_IMPORT_FILES = 2000;

/** Files the system or an office suite leaves behind, never documents: skipped without a word. */
export const isSystemFile = (name: string): boolean =>
  name.startsWith('.') || name.startsWith('~$') || /^(thumbs\.db|desktop\.ini|\.ds_store)$/i.test(name);

const zip = [0x50, 0x4b, 0x03, 0x04];
const ole = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const signatures: Record<string, (bytes: Uint8Array) => boolean> = {
  pdf: (b) => startsWith(b, [0x25, 0x50, 0x44, 0x46, 0x2d]),
  docx: (b) => startsWith(b, zip),
  xlsx: (b) => startsWith(b, zip),
  pptx: (b) => startsWith(b, zip),
  odt: (b) => startsWith(b, zip),
  ods: (b) => startsWith(b, zip),
  odp: (b) => startsWith(b, zip),
  doc: (b) => startsWith(b, ole),
  xls: (b) => startsWith(b, ole),
  ppt: (b) => startsWith(b, ole),
  png: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  jpg: (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  jpeg: (b) => startsWith(b, [0xff, 0xd8, 0xff]),
  gif: (b) => startsWith(b, [0x47, 0x49, 0x46, 0x38]),
  webp: (b) => startsWith(b, [0x52, 0x49, 0x46, 0x46]) && startsWith(b.subarray(8), [0x57, 0x45, 0x42, 0x50]),
};

const startsWith = (bytes: Uint8Array, prefix: readonly number[]): boolean => prefix.every((byte, index) => bytes[index] === byte);

/** How many first bytes `looksLike` needs. */
export const SIGNATURE_BYTES = 16;

/** Whether a file's first bytes are those of its kind: a "PDF" that is not one would not open for the auditor either. */
export const looksLike = (fileName: string, firstBytes: Uint8Array): boolean => signatures[extensionOf(fileName)]?.(firstBytes) ?? false;

const kindWords: readonly [DocumentType, RegExp][] = [
  ['politique', /\bpolitique\b/],
  ['manuel', /\bmanuel\b/],
  ['mode_operatoire', /\b(mode operatoire|modes operatoires|instruction|instructions|mo)\b/],
  ['procedure', /\b(procedure|procedures|pr)\b/],
  ['formulaire', /\b(formulaire|formulaires|fiche|fiches|modele|modeles|trame|fo|imprime)\b/],
  ['enregistrement', /\b(enregistrement|enregistrements|compte rendu|cr|pv|proces verbal|registre|bilan|rapport|emargement|enr)\b/],
];

/** Lower case, accents and separators folded, so "Procédure_accueil-v2" reads "procedure accueil v2". */
export const foldWords = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[_\-.()[\]]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The type a file's name suggests, else its folders' (nearest first), else "autre". */
export const guessDocumentType = (relativePath: string): DocumentType => {
  const parts = relativePath.split('/').reverse().map(foldWords);
  for (const part of parts) {
    for (const [type, words] of kindWords) if (words.test(part)) return type;
  }
  return 'autre';
};

/** A title from the file name: no extension, underscores as spaces, a capital first letter ("fiche_navette_chantier.pdf" → "Fiche navette chantier"). */
export const titleFromFileName = (fileName: string): string => {
  const dot = fileName.lastIndexOf('.');
  const base = (dot > 0 ? fileName.slice(0, dot) : fileName)
    .replace(/_+/g, ' ')
    .replace(/\s+-\s+/g, ' – ')
    .replace(/\s+/g, ' ')
    .trim();
  const title = base.length === 0 ? fileName : base;
  return (title.charAt(0).toLocaleUpperCase('fr') + title.slice(1)).slice(0, 200);
};

/** The process whose name the file's folders or name contain (the longest name wins), if any. */
export const guessProcess = <P extends { id: number; name: string }>(relativePath: string, processes: readonly P[]): number | null => {
  const path = foldWords(relativePath.replace(/\//g, ' '));
  const matches = processes.filter((process) => {
    const name = foldWords(process.name);
    return name.length > 0 && path.includes(name);
  });
  matches.sort((a, b) => b.name.length - a.name.length);
  return matches[0]?.id ?? null;
};

/** How often an imported document is to be reviewed until the user says otherwise: yearly for a policy, every two years otherwise. */
export const importedReviewPeriod = (type: DocumentType): number => (type === 'politique' ? 12 : 24);
