import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { contentMatchesName, isOpenableName } from '../../shared/domain/files';
import type { HostHandlers } from '../backend/api';
import { ServiceError } from '../backend/errors';
import { sanitizeFileName } from '../backend/files/names';
import { markOfTheWeb, type MarkOfTheWeb } from './markOfTheWeb';

export type OpenWithSystemOptions = {
  /** app.getPath('temp')/Sève: copies live in <tempRoot>/<sha256>/<name>. */
  tempRoot: string;
  /** shell.openPath: resolves with '' on success, or the system's error message. */
  openPath: (filePath: string) => Promise<string>;
  /** The Mark-of-the-Web of the running system (default: `markOfTheWeb()`). */
  mark?: MarkOfTheWeb;
};

const SHA256 = /^[0-9a-f]{64}$/;

/** Where the copy of a file goes, or null when the name or fingerprint would lead outside its folder. */
export const tempCopyPath = (tempRoot: string, sha256: string, fileName: string): string | null => {
  if (!SHA256.test(sha256)) return null;
  const folder = path.resolve(tempRoot, sha256);
  const target = path.resolve(folder, sanitizeFileName(fileName));
  return path.dirname(target) === folder && path.dirname(folder) === path.resolve(tempRoot) ? target : null;
};

const hasContent = async (filePath: string, sha256: string): Promise<boolean> => {
  try {
    return (
      crypto
        .createHash('sha256')
        .update(await fs.readFile(filePath))
        .digest('hex') === sha256
    );
  } catch {
    return false;
  }
};

/**
 * The system temp folder may be shared (/tmp): our folder must be a real directory of ours, not a
 * link or another user's folder planted to receive the copy.
 */
const ensurePrivateFolder = async (folder: string): Promise<void> => {
  await fs.mkdir(folder, { recursive: true, mode: 0o700 });
  const stats = await fs.lstat(folder);
  const ours = process.getuid === undefined || stats.uid === process.getuid();
  if (!stats.isDirectory() || stats.isSymbolicLink() || !ours) throw new Error(`Dossier temporaire suspect : ${folder}`);
};

/**
 * Writes a read-only copy (edits made in the other application would be lost with the temp folder,
 * so the application says "read-only" at once) carrying the Mark-of-the-Web on Windows. An
 * identical, marked copy already there is reused: it may be open, and locked, in that application.
 */
export const writeTempCopy = async (
  tempRoot: string,
  target: string,
  sha256: string,
  content: Uint8Array,
  mark: MarkOfTheWeb = markOfTheWeb(),
): Promise<void> => {
  await ensurePrivateFolder(tempRoot);
  await ensurePrivateFolder(path.dirname(target));
  if ((await hasContent(target, sha256)) && (await mark.isMarked(target))) return;
  await fs.chmod(target, 0o600).catch(() => undefined);
  await fs.rm(target, { force: true });
  // A random sibling name, then a rename: no half-written file at the path, and nothing to pre-plant.
  const partial = path.join(path.dirname(target), `.partiel-${crypto.randomBytes(8).toString('hex')}`);
  try {
    await fs.writeFile(partial, content, { mode: 0o600, flag: 'wx' });
    // The stream goes on while the copy is writable, and travels with it through the rename.
    await mark.mark(partial);
    await fs.chmod(partial, 0o400);
    await fs.rename(partial, target);
  } catch (error) {
    await fs.rm(partial, { force: true }).catch(() => undefined);
    throw error;
  }
};

/** `files.open` for the Electron host: a read-only copy in the temp folder, opened with the system's application. */
export const openWithSystemHandler =
  (options: OpenWithSystemOptions): HostHandlers['files.open'] =>
  async (input, session) => {
    const file = session.services().files.download(input.id);
    // Decided from the cleaned name (an allow-list) and the first bytes, never from the stored type:
    // whatever the system would run is never handed to it.
    if (!isOpenableName(file.fileName)) {
      throw new ServiceError(
        'unsupported',
        `Sève n’ouvre pas directement « ${file.fileName} » : ce type de fichier n’est pas de ceux qu’il ouvre (PDF, documents bureautiques, images, texte). Téléchargez-le, puis ouvrez-le vous-même si vous connaissez sa provenance.`,
      );
    }
    if (!contentMatchesName(file.fileName, file.content)) {
      throw new ServiceError(
        'unsupported',
        `Sève n’ouvre pas « ${file.fileName} » : son contenu ne correspond pas à son extension. Téléchargez-le seulement si vous connaissez sa provenance.`,
      );
    }
    const target = tempCopyPath(options.tempRoot, file.sha256, file.fileName);
    if (target === null) throw new ServiceError('forbidden', `Le nom du fichier « ${file.fileName} » ne permet pas de l’ouvrir.`);
    try {
      await writeTempCopy(options.tempRoot, target, file.sha256, file.content, options.mark);
    } catch (error) {
      console.error(`Copie temporaire impossible : ${target}`, error);
      throw new ServiceError(
        'io_error',
        `Sève n’a pas pu préparer une copie de « ${file.fileName} » dans le dossier temporaire. Vérifiez la place libre sur le disque, puis réessayez.`,
      );
    }
    const failure = await options.openPath(target);
    if (failure !== '') {
      throw new ServiceError(
        'io_error',
        `Le système n’a pas pu ouvrir « ${file.fileName} » (${failure}). Vérifiez qu’une application sait ouvrir ce type de fichier, ou téléchargez-le.`,
      );
    }
    return null;
  };
