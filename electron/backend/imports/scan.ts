import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { toCalendarDate } from '../../../shared/domain/dates';
import { extensionOf, FILE_TOO_LARGE_MESSAGE, isExecutableName, MAX_FILE_BYTES } from '../../../shared/domain/files';
import {
  guessDocumentType,
  guessProcess,
  importableExtensions,
  isSystemFile,
  looksLike,
  MAX_IMPORT_FILES,
  SIGNATURE_BYTES,
  titleFromFileName,
} from '../../../shared/domain/import';
import type { ImportFile } from '../../../shared/schemas/import';
import { ServiceError } from '../errors';

/** A file found, with its absolute path (kept on the Node side: the page only sees its number and relative path). */
export type ScannedFile = ImportFile & { absolutePath: string };

const kindOf = (extension: string): string =>
  ({ pdf: 'un PDF', docx: 'un document Word', doc: 'un document Word', xlsx: 'un classeur Excel', xls: 'un classeur Excel' })[extension] ??
  `un fichier .${extension}`;

/** Every file under `folder`, depth first, without following links (a link could lead out of the folder, or round in a loop). */
const walk = async (
  folder: string,
): Promise<{ found: { absolutePath: string; relativePath: string }[]; skipped: number; links: string[] }> => {
  const found: { absolutePath: string; relativePath: string }[] = [];
  const links: string[] = [];
  let skipped = 0;
  const visit = async (dir: string, prefix: string): Promise<void> => {
    const entries = await fs.promises.readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name, 'fr'));
    for (const entry of entries) {
      const relativePath = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
      if (isSystemFile(entry.name)) skipped += 1;
      else if (entry.isSymbolicLink()) links.push(relativePath);
      else if (entry.isDirectory()) await visit(path.join(dir, entry.name), relativePath);
      else if (entry.isFile()) found.push({ absolutePath: path.join(dir, entry.name), relativePath });
      else skipped += 1;
      if (found.length > MAX_IMPORT_FILES) {
        throw new ServiceError(
          'invalid_input',
          `Ce dossier contient plus de ${MAX_IMPORT_FILES} fichiers : importez-le sous-dossier par sous-dossier.`,
          { folder: 'Trop de fichiers dans ce dossier.' },
        );
      }
    }
  };
  await visit(folder, '');
  return { found, skipped, links };
};

/** Reads a file once: its SHA-256, and its first bytes to check it is what its name says. */
const fingerprint = (absolutePath: string): Promise<{ sha256: string; head: Uint8Array }> =>
  new Promise((resolve, reject) => {
    const hash = crypto.createHash('sha256');
    let head = new Uint8Array(0);
    fs.createReadStream(absolutePath)
      .on('data', (chunk) => {
        const bytes = chunk as Buffer;
        if (head.length < SIGNATURE_BYTES) head = new Uint8Array(Buffer.concat([head, bytes.subarray(0, SIGNATURE_BYTES)]));
        hash.update(bytes);
      })
      .on('error', reject)
      .on('end', () => resolve({ sha256: hash.digest('hex'), head }));
  });

const readError = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM')
    return 'Illisible : l’accès à ce fichier est refusé. Vérifiez ses droits, ou copiez-le ailleurs.';
  if (code === 'ENOENT') return 'Ce fichier a disparu depuis l’analyse du dossier.';
  return 'Illisible : le fichier n’a pas pu être lu (il est peut-être ouvert ailleurs ou abîmé).';
};

/**
 * Lists a folder for import: each file with its proposal (title from its name, type from its name
 * or folders, process from a process name they contain, version 1 in force on the file's date),
 * refused with a French reason when it cannot be a document of the register, and marked when its
 * content already appears earlier in the folder (`doublon`) or in Sève (`deja_present`).
 */
export const scanFolder = async (
  folder: string,
  context: { processes: readonly { id: number; name: string }[]; storedIn: (sha256: string) => string | null; today: string },
): Promise<{ files: ScannedFile[]; skipped: number }> => {
  let stat: fs.Stats;
  try {
    stat = await fs.promises.stat(folder);
  } catch {
    throw new ServiceError('not_found', `Le dossier « ${folder} » est introuvable : vérifiez le chemin.`, {
      folder: 'Dossier introuvable.',
    });
  }
  if (!stat.isDirectory())
    throw new ServiceError('invalid_input', `« ${folder} » n’est pas un dossier.`, { folder: 'Ce n’est pas un dossier.' });
  const { found, skipped, links } = await walk(folder);
  const firstBySha = new Map<string, string>();
  const files: ScannedFile[] = [];
  const add = (
    entry: { absolutePath: string; relativePath: string },
    fields: Partial<ScannedFile> & Pick<ScannedFile, 'status' | 'reason'>,
  ) => {
    const name = path.basename(entry.relativePath);
    files.push({
      id: files.length,
      absolutePath: entry.absolutePath,
      relativePath: entry.relativePath,
      size: 0,
      modifiedOn: context.today,
      sha256: null,
      proposal: {
        title: titleFromFileName(name),
        type: guessDocumentType(entry.relativePath),
        processId: guessProcess(entry.relativePath, context.processes),
      },
      ...fields,
    });
  };
  for (const relativePath of links)
    add(
      { absolutePath: path.join(folder, relativePath), relativePath },
      { status: 'refuse', reason: 'Raccourci ou lien : Sève ne le suit pas. Importez le fichier lui-même.' },
    );
  for (const entry of found) {
    const name = path.basename(entry.relativePath);
    const extension = extensionOf(name);
    if (isExecutableName(name)) {
      add(entry, { status: 'refuse', reason: 'Programme ou script : refusé, il pourrait s’exécuter à l’ouverture.' });
      continue;
    }
    if (!importableExtensions.has(extension)) {
      add(entry, {
        status: 'refuse',
        reason: `Type de fichier non pris en charge (${extension === '' ? 'sans extension' : `.${extension}`}) : PDF, Word, OpenDocument, Excel, PowerPoint ou image attendus.`,
      });
      continue;
    }
    let info: fs.Stats;
    try {
      info = await fs.promises.stat(entry.absolutePath);
    } catch (error) {
      add(entry, { status: 'refuse', reason: readError(error) });
      continue;
    }
    // The file's own day, never after today (a clock set wrong on the computer that wrote it).
    const modifiedOn = [toCalendarDate(info.mtime), context.today].sort()[0] ?? context.today;
    const base = { size: info.size, modifiedOn };
    if (info.size === 0) {
      add(entry, { ...base, status: 'refuse', reason: 'Fichier vide : il n’y a rien à importer.' });
      continue;
    }
    if (info.size > MAX_FILE_BYTES) {
      add(entry, { ...base, status: 'refuse', reason: FILE_TOO_LARGE_MESSAGE });
      continue;
    }
    let print: { sha256: string; head: Uint8Array };
    try {
      print = await fingerprint(entry.absolutePath);
    } catch (error) {
      add(entry, { ...base, status: 'refuse', reason: readError(error) });
      continue;
    }
    if (!looksLike(name, print.head)) {
      add(entry, {
        ...base,
        sha256: print.sha256,
        status: 'refuse',
        reason: `Illisible : ce n’est pas ${kindOf(extension)} valide (le fichier est abîmé ou mal nommé). Ouvrez-le pour vérifier.`,
      });
      continue;
    }
    const earlier = firstBySha.get(print.sha256);
    const stored = earlier === undefined ? context.storedIn(print.sha256) : null;
    if (earlier !== undefined)
      add(entry, { ...base, sha256: print.sha256, status: 'doublon', reason: `Doublon : même contenu que « ${earlier} ».` });
    else if (stored !== null) add(entry, { ...base, sha256: print.sha256, status: 'deja_present', reason: `Déjà dans Sève : ${stored}.` });
    else add(entry, { ...base, sha256: print.sha256, status: 'pret', reason: null });
    firstBySha.set(print.sha256, earlier ?? entry.relativePath);
  }
  return { files, skipped };
};
