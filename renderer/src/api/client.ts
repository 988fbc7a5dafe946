import type { SeveBridge } from '../../../shared/api/bridge';
import type { MethodInput, MethodName, MethodOutput } from '../../../shared/api/contract';
import type { ApiError, Result } from '../../../shared/api/result';
import { BINARY_FIELD } from '../../../shared/api/method';
import type { DownloadMethodName, JsonMethodName, UploadMethodName } from '../../../shared/api/transport';
import { fromBase64Url, toBase64Url } from './base64url';
import { launchParameter } from './launch';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    seve?: SeveBridge;
  }
}

/** A failed call, carrying the backend's French message and field errors. */
export class ApiCallError extends Error {
  readonly code: ApiError['code'];
  readonly fields: Record<string, string>;
  readonly detail: ApiError['detail'];
  readonly fieldDetails: NonNullable<ApiError['fieldDetails']>;
  constructor(error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
    this.code = error.code;
    this.fields = error.fields ?? {};
    this.detail = error.detail;
    this.fieldDetails = error.fieldDetails ?? {};
  }
}

let token: string | null = null;

const unreachable: Result<never> = {
  ok: false,
  error: { code: 'io_error', message: 'Sève ne répond plus : le mode navigateur a peut-être été arrêté. Relancez « npm run browser ».' },
};

/** POSTs to browser mode's API with the session token; null when the local server cannot be reached. */
const post = async (method: MethodName, headers: Record<string, string>, body: BodyInit): Promise<Response | null> => {
  token ??= launchParameter('t') ?? '';
  try {
    return await fetch(`./api/${method}`, { method: 'POST', headers: { ...headers, Authorization: `Bearer ${token}` }, body });
  } catch {
    return null;
  }
};

const readResult = async (response: Response): Promise<Result<unknown>> => {
  try {
    return (await response.json()) as Result<unknown>;
  } catch {
    return { ok: false, error: { code: 'internal', message: `Réponse illisible du serveur local (HTTP ${response.status}).` } };
  }
};

const overHttp = async (method: MethodName, input: unknown): Promise<Result<unknown>> => {
  const response = await post(method, { 'Content-Type': 'application/json' }, JSON.stringify(input ?? {}));
  return response ? readResult(response) : unreachable;
};

/** An upload over HTTP: the bytes are the body, the rest of the input rides in a header (see electron/backend/httpBinary.ts). */
const uploadOverHttp = async (method: MethodName, input: unknown, bytes: Uint8Array<ArrayBuffer>): Promise<Result<unknown>> => {
  const headers = { 'Content-Type': 'application/octet-stream', 'X-Seve-Input': toBase64Url(JSON.stringify(input)) };
  const response = await post(method, headers, bytes);
  return response ? readResult(response) : unreachable;
};

/** A download over HTTP: the bytes are the body, the rest of the output rides in a header; a refusal is JSON. */
const downloadOverHttp = async (method: MethodName, input: unknown): Promise<Result<unknown>> => {
  const response = await post(method, { 'Content-Type': 'application/json' }, JSON.stringify(input ?? {}));
  if (response === null) return unreachable;
  const output = response.headers.get('X-Seve-Output');
  if (output === null) return readResult(response);
  try {
    const rest = JSON.parse(fromBase64Url(output)) as Record<string, unknown>;
    return { ok: true, value: { ...rest, [BINARY_FIELD]: new Uint8Array(await response.arrayBuffer()) } };
  } catch {
    return unreachable;
  }
};

/** A download over HTTP kept as a Blob: Chromium keeps a large one on disk, so a 1 Go PDF never sits in the page's memory. */
const blobOverHttp = async (method: MethodName, input: unknown): Promise<Result<{ fileName: string; blob: Blob }>> => {
  const response = await post(method, { 'Content-Type': 'application/json' }, JSON.stringify(input ?? {}));
  if (response === null) return unreachable;
  const output = response.headers.get('X-Seve-Output');
  if (output === null) return readResult(response) as Promise<Result<never>>;
  try {
    const rest = JSON.parse(fromBase64Url(output)) as { fileName: string };
    return { ok: true, value: { fileName: rest.fileName, blob: await response.blob() } };
  } catch {
    return unreachable;
  }
};

const viaBridge = <M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>> | null => {
  const bridge = window.seve;
  return bridge ? (bridge[method] as (input: MethodInput<M>) => Promise<Result<MethodOutput<M>>>)(input) : null;
};

const unwrap = <T>(result: Result<T>): T => {
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
};

/** Calls one contract method through Electron's bridge or browser mode's HTTP; throws ApiCallError on failure. */
export const call = async <M extends JsonMethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> =>
  unwrap(await (viaBridge(method, input) ?? (overHttp(method, input) as Promise<Result<MethodOutput<M>>>)));

/** The input of an upload method without its bytes, which `upload()` takes separately. */
export type UploadInput<M extends UploadMethodName> = Omit<MethodInput<M>, typeof BINARY_FIELD>;

/** Sends a file's bytes with an upload method (IPC: a Uint8Array in the input; HTTP: the request body). */
export const upload = async <M extends UploadMethodName>(
  method: M,
  input: UploadInput<M>,
  bytes: Uint8Array<ArrayBuffer>,
): Promise<MethodOutput<M>> => {
  const whole = { ...input, [BINARY_FIELD]: bytes } as MethodInput<M>;
  return unwrap(await (viaBridge(method, whole) ?? (uploadOverHttp(method, input, bytes) as Promise<Result<MethodOutput<M>>>)));
};

/** Fetches a file's bytes with a download method; its output's `content` is a Uint8Array on both hosts. */
export const download = async <M extends DownloadMethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> =>
  unwrap(await (viaBridge(method, input) ?? (downloadOverHttp(method, input) as Promise<Result<MethodOutput<M>>>)));

/** Fetches a large download as a Blob (HTTP: streamed by the server, kept on disk by the browser; IPC: the bytes). */
export const downloadBlob = async <M extends DownloadMethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<{ fileName: string; blob: Blob }> => {
  const bridged = viaBridge(method, input);
  if (bridged === null) return unwrap(await blobOverHttp(method, input));
  const file = unwrap(await bridged) as { fileName: string; mediaType: string; content: Uint8Array<ArrayBuffer> };
  return { fileName: file.fileName, blob: new Blob([file.content], { type: file.mediaType }) };
};
