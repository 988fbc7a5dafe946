import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { PackFailure } from './failure';

/** The temporary name a PDF is written under, beside its target so the final rename stays on one disk. */
export const temporaryPathFor = (target: string, token: string): string =>
  path.join(path.dirname(target), `.${path.basename(target)}.${token}.partiel`);

const errorCode = (error: unknown): string => (error && typeof error === 'object' && 'code' in error ? String(error.code) : '');

/** A French message for a file-system failure while writing the PDF: what happened and what to do. */
export const outputFailure = (error: unknown, target: string): PackFailure => {
  const folder = path.dirname(target);
  switch (errorCode(error)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new PackFailure(
        'disk_full',
        `Le disque est plein : le dossier n’a pas été enregistré dans « ${folder} ». Libérez de la place (ou choisissez un autre disque), puis recommencez.`,
      );
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new PackFailure(
        'file_read_only',
        `Sève ne peut pas écrire dans « ${folder} » : choisissez un autre dossier, par exemple Documents.`,
      );
    case 'ENOENT':
    case 'ENOTDIR':
      return new PackFailure('io_error', `Le dossier « ${folder} » n’existe plus : choisissez un autre emplacement.`);
    case 'EBUSY':
      return new PackFailure(
        'file_locked',
        `« ${path.basename(target)} » est ouvert dans une autre application : fermez-le, puis recommencez.`,
      );
    default:
      return new PackFailure('io_error', `L’écriture du dossier dans « ${folder} » a échoué : vérifiez le disque, puis recommencez.`);
  }
};

/** Writes all of a piece, however many calls the system takes. */
const writeAll = (fd: number, piece: Uint8Array): void => {
  for (let offset = 0; offset < piece.byteLength;) offset += fs.writeSync(fd, piece, offset);
};

/**
 * A stream that writes each piece to the file at once. It runs in the pack's worker, a thread that
 * does nothing else meanwhile: a blocking write holds up no one. fs.WriteStream hands each write to
 * libuv's thread pool and the worker waited for it between pieces: about a tenth of a large pack's
 * time, more when the disk was busy.
 */
const fileWriter = (fd: number): Writable => {
  let open = true;
  const close = (): void => {
    if (!open) return;
    open = false;
    fs.closeSync(fd);
  };
  return new Writable({
    // Up to 1 Mo of the piped PDF's 64 Ko pieces go to the disk together.
    highWaterMark: 1 << 20,
    writev(pieces, callback) {
      try {
        for (const { chunk } of pieces) writeAll(fd, chunk as Uint8Array);
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
    final(callback) {
      try {
        close();
        callback();
      } catch (error) {
        callback(error as Error);
      }
    },
    destroy(error, callback) {
      try {
        close();
      } catch {
        // Already failing, or let go: the temporary file is removed next.
      }
      callback(error);
    },
  });
};

/**
 * Writes to a temporary file beside the target and renames it on success: a cancelled or failed
 * generation leaves nothing at the chosen path (an existing file there stays as it was).
 */
export const openOutput = (target: string, token: string) => {
  const temporary = temporaryPathFor(target, token);
  let fd: number;
  try {
    fd = fs.openSync(temporary, 'wx', 0o644);
  } catch (error) {
    throw outputFailure(error, target);
  }
  const stream = fileWriter(fd);
  let failure: Error | null = null;
  stream.on('error', (error) => {
    failure ??= outputFailure(error, target);
  });
  return {
    stream,
    failure: (): Error | null => failure,
    /** Flushes the file to the disk and moves it to its final name. */
    commit: (): void => {
      try {
        const written = fs.openSync(temporary, 'r+');
        try {
          fs.fsyncSync(written);
        } finally {
          fs.closeSync(written);
        }
        fs.renameSync(temporary, target);
      } catch (error) {
        fs.rmSync(temporary, { force: true });
        throw outputFailure(error, target);
      }
    },
    discard: async (): Promise<void> => {
      if (!stream.closed) {
        const closed = once(stream, 'close').catch(() => undefined);
        stream.destroy();
        await closed;
      }
      fs.rmSync(temporary, { force: true });
    },
  };
};
