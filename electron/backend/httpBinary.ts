import type http from 'node:http';
import { BINARY_FIELD } from '../../shared/api/method';
import type { ErrorCode } from '../../shared/api/result';
import { FILE_TOO_LARGE_MESSAGE, MAX_FILE_BYTES } from '../../shared/domain/files';

/**
 * Browser mode's binary calls. An upload is `POST /api/<method>` with the bytes as an
 * `application/octet-stream` body and the rest of the input as base64url JSON in `X-Seve-Input`;
 * a download answers the bytes as the body and the rest of the output in `X-Seve-Output`.
 * Base64url because a header carries ASCII only, and file names are not ASCII.
 */
export const INPUT_HEADER = 'x-seve-input';
export const OUTPUT_HEADER = 'x-seve-output';

/** Largest upload body: one file at the size limit. */
export const MAX_UPLOAD_BYTES = MAX_FILE_BYTES;

// The JSON part is small (an owner and a name of at most 1 024 characters); Node refuses headers over 16 KB anyway.
const MAX_INPUT_HEADER_LENGTH = 8192;

export type UploadRead =
  { ok: true; input: Record<string, unknown> } | { ok: false; status: number; code: ErrorCode; message: string; closeConnection: boolean };

const refusal = (status: number, code: ErrorCode, message: string, closeConnection: boolean): UploadRead => ({
  ok: false,
  status,
  code,
  message,
  closeConnection,
});

const decodeInput = (header: string | string[] | undefined): Record<string, unknown> | null => {
  if (typeof header !== 'string' || header.length > MAX_INPUT_HEADER_LENGTH || !/^[A-Za-z0-9_-]*$/.test(header)) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};

/** Collects the body, or resolves null as soon as it exceeds `limit` (the rest is never read). */
const readBytes = (req: http.IncomingMessage, limit: number): Promise<Buffer | null> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks, size)));
    req.on('error', reject);
  });

/**
 * Reads an upload's input and bytes. Refusals that leave the body unread ask the host to cut the
 * connection once answered (after a short grace to discard what is in flight), so no one can keep
 * a refused upload streaming.
 */
export const readUpload = async (req: http.IncomingMessage): Promise<UploadRead> => {
  if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/octet-stream')) {
    return refusal(415, 'invalid_input', 'Le fichier doit être envoyé tel quel (Content-Type: application/octet-stream).', true);
  }
  const input = decodeInput(req.headers[INPUT_HEADER]);
  if (input === null) {
    return refusal(400, 'invalid_input', 'La description du fichier (en-tête X-Seve-Input) est absente ou illisible.', true);
  }
  if (Number(req.headers['content-length'] ?? 0) > MAX_UPLOAD_BYTES) {
    return refusal(413, 'payload_too_large', FILE_TOO_LARGE_MESSAGE, true);
  }
  const content = await readBytes(req, MAX_UPLOAD_BYTES);
  if (content === null) return refusal(413, 'payload_too_large', FILE_TOO_LARGE_MESSAGE, true);
  return { ok: true, input: { ...input, [BINARY_FIELD]: content } };
};

/** ASCII stand-in for browsers that ignore `filename*`: accents dropped, anything else unsafe becomes "_". */
const asciiFileName = (fileName: string): string =>
  fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');

/** RFC 5987 value: percent-encoded UTF-8, including the characters encodeURIComponent leaves. */
const encodeRfc5987 = (fileName: string): string =>
  encodeURIComponent(fileName).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);

export const contentDisposition = (fileName: string): string =>
  `attachment; filename="${asciiFileName(fileName)}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;

/** A download method's output, as the backend builds it from the contract. */
type DownloadOutput = { fileName: string; mediaType: string; [BINARY_FIELD]: Uint8Array };

/**
 * The response of a successful download: the bytes, their type, a Content-Disposition for the
 * browser, and the rest of the output for the client. The sandbox CSP keeps a stored HTML or SVG
 * file inert should anything ever display this response as a page.
 */
export const downloadResponse = (value: unknown): { headers: Record<string, string>; body: Uint8Array } => {
  const { [BINARY_FIELD]: body, ...rest } = value as DownloadOutput;
  return { body, headers: downloadHeaders(rest, body.byteLength) };
};

/** The headers of a download whose bytes follow: the same for bytes in memory and a file streamed from disk. */
export const downloadHeaders = (
  output: { fileName: string; mediaType: string } & Record<string, unknown>,
  size: number,
): Record<string, string> => ({
  'Content-Type': output.mediaType,
  'Content-Length': String(size),
  'Content-Disposition': contentDisposition(output.fileName),
  'Content-Security-Policy': "default-src 'none'; sandbox",
  'Cache-Control': 'no-store',
  [OUTPUT_HEADER]: Buffer.from(JSON.stringify(output), 'utf8').toString('base64url'),
});
