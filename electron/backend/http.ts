import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { isMethodName } from '../../shared/api/contract';
import { fail, type ErrorCode, type Result } from '../../shared/api/result';
import { binaryTransportOf } from '../../shared/api/transport';
import type { Api } from './api';
import type { FileOnDisk } from './fileOnDisk';
import { downloadHeaders, downloadResponse, readUpload } from './httpBinary';
import { CONTENT_SECURITY_POLICY, mimeTypeOf, resolveStaticPath } from './static';

/** Largest API request body accepted, in bytes. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** How long a refused body may keep arriving after the answer, before the connection is cut. */
const DISCARD_GRACE_MS = 2000;

/**
 * Once a refusal is answered, reads and throws away what the client still sends (nothing is kept),
 * for at most two seconds, then cuts the connection. Closing it at once while the client still
 * sends would make the client's system reset it and drop the answer it had not yet read.
 */
const closeAfterAnswer = (req: http.IncomingMessage, res: http.ServerResponse): void => {
  res.on('finish', () => {
    if (req.complete) return;
    const cut = setTimeout(() => req.destroy(), DISCARD_GRACE_MS);
    cut.unref();
    req.once('end', () => clearTimeout(cut));
    req.socket.once('close', () => clearTimeout(cut));
    req.resume();
  });
};

export type HttpHostOptions = {
  api: Api;
  /** Folder of the built renderer. */
  staticRoot: string;
  token: string;
  /** 0 picks a free port. */
  port: number;
};

export type HttpHost = { url: string; port: number; close: () => Promise<void> };

const securityHeaders = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const sendJson = (res: http.ServerResponse, status: number, body: Result<unknown>): void => {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
};

const refuse = (res: http.ServerResponse, status: number, code: ErrorCode, message: string): void => {
  sendJson(res, status, fail(code, message));
};

const tokensMatch = (header: string | undefined, token: string): boolean => {
  const presented = Buffer.from(header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : '', 'utf8');
  const expected = Buffer.from(token, 'utf8');
  return presented.length === expected.length && crypto.timingSafeEqual(presented, expected);
};

const readBody = (req: http.IncomingMessage): Promise<string | null> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners('data');
        req.pause();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

const serveStatic = (root: string, urlPath: string, res: http.ServerResponse): void => {
  const filePath = resolveStaticPath(root, urlPath);
  if (filePath === null || !fs.existsSync(filePath) || !fs.statSync(filePath).isFile()) {
    res.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Introuvable.');
    return;
  }
  res.writeHead(200, {
    ...securityHeaders,
    'Content-Type': mimeTypeOf(filePath),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Frame-Options': 'DENY',
    'Cache-Control': 'no-cache',
  });
  // A file removed or unreadable between the check and the read ends this answer, not the server.
  fs.createReadStream(filePath)
    .on('error', (error) => {
      console.error(`Lecture impossible : ${filePath}`, error);
      res.destroy();
    })
    .pipe(res);
};

const handleApi = async (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  method: string,
  options: HttpHostOptions,
  origins: Set<string>,
) => {
  if (req.headers.origin !== undefined && !origins.has(req.headers.origin)) {
    refuse(res, 403, 'forbidden', 'Origine refusée : seule la page de Sève peut appeler cette adresse.');
    return;
  }
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    refuse(res, 405, 'forbidden', 'Méthode refusée : utilisez POST.');
    return;
  }
  if (!tokensMatch(req.headers.authorization, options.token)) {
    refuse(res, 401, 'unauthorized', 'Jeton de session absent ou invalide : rouvrez Sève depuis l’adresse affichée au démarrage.');
    return;
  }
  // Binary methods (httpBinary.ts): an upload's body is the file itself, a download's answer is.
  const binary = isMethodName(method) ? binaryTransportOf(method) : undefined;
  if (binary === 'upload') {
    const upload = await readUpload(req);
    if (!upload.ok) {
      if (upload.closeConnection) closeAfterAnswer(req, res);
      refuse(res, upload.status, upload.code, upload.message);
      return;
    }
    sendJson(res, 200, await options.api.invoke(method, upload.input));
    return;
  }
  if (!(req.headers['content-type'] ?? '').toLowerCase().startsWith('application/json')) {
    refuse(res, 415, 'invalid_input', 'Le corps de la requête doit être du JSON (Content-Type: application/json).');
    return;
  }
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
    refuse(res, 413, 'payload_too_large', 'Requête trop volumineuse.');
    return;
  }
  const body = await readBody(req);
  if (body === null) {
    closeAfterAnswer(req, res);
    refuse(res, 413, 'payload_too_large', 'Requête trop volumineuse.');
    return;
  }
  let input: unknown;
  try {
    input = body === '' ? undefined : JSON.parse(body);
  } catch {
    refuse(res, 400, 'invalid_input', 'Le corps de la requête n’est pas du JSON valide.');
    return;
  }
  const streamed = binary === 'download' ? options.api.openDownload?.(method, input) : null;
  if (streamed) {
    sendFile(res, await streamed);
    return;
  }
  const result = await options.api.invoke(method, input);
  if (binary === 'download' && result.ok) {
    const download = downloadResponse(result.value);
    res.writeHead(200, { ...securityHeaders, ...download.headers });
    res.end(download.body);
    return;
  }
  sendJson(res, 200, result);
};

/**
 * A download answered from a file on disk, piece by piece with the socket's backpressure: memory
 * stays flat whatever the file's size (an evidence pack may pass 1 Go).
 */
const sendFile = (res: http.ServerResponse, result: Result<FileOnDisk>): void => {
  if (!result.ok) {
    sendJson(res, 200, result);
    return;
  }
  const { path: filePath, ...output } = result.value;
  const stream = fs.createReadStream(filePath);
  // A client that goes away stops the reading too.
  res.once('close', () => stream.destroy());
  stream.once('open', () => {
    res.writeHead(200, { ...securityHeaders, ...downloadHeaders(output, output.size) });
    stream.pipe(res);
  });
  stream.once('error', (error) => {
    if (res.headersSent) {
      // Cut mid-way: the client sees a short body against its Content-Length, never a whole-looking file.
      console.error(`Lecture impossible : ${filePath}`, error);
      res.destroy();
    } else sendJson(res, 200, fail('not_found', 'Le fichier demandé n’existe plus : générez-le à nouveau.'));
  });
};

/**
 * The path of a request target, without its query. Deliberately not `new URL(…)`: a target such
 * as `//%` or `//[::1` is a host to the URL parser and makes it throw, before any check ran.
 */
export const requestPath = (target: string | undefined): string => {
  const raw = target ?? '/';
  const end = raw.search(/[?#]/);
  return end === -1 ? raw : raw.slice(0, end);
};

type HostState = { hosts: Set<string>; origins: Set<string> };

const route = (req: http.IncomingMessage, res: http.ServerResponse, options: HttpHostOptions, state: HostState): void => {
  if (!state.hosts.has(req.headers.host ?? '')) {
    refuse(res, 403, 'forbidden', 'Hôte refusé : Sève ne répond qu’à 127.0.0.1.');
    return;
  }
  const pathname = requestPath(req.url);
  if (pathname.startsWith('/api/')) {
    handleApi(req, res, pathname.slice('/api/'.length), options, state.origins).catch((error: unknown) => lastResort(req, res, error));
    return;
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    refuse(res, 405, 'forbidden', 'Méthode refusée.');
    return;
  }
  serveStatic(options.staticRoot, pathname, res);
};

/**
 * Whatever a request did wrong, the server answers it and goes on serving: a 500 (or a cut
 * connection once an answer has started) and the error in the log, never an exception that ends
 * the process.
 */
const lastResort = (req: http.IncomingMessage, res: http.ServerResponse, error: unknown): void => {
  console.error(`Requête ${req.method ?? '?'} ${JSON.stringify((req.url ?? '').slice(0, 200))} : erreur interne`, error);
  try {
    if (!res.headersSent) refuse(res, 500, 'internal', 'Erreur interne du serveur.');
    else res.destroy();
  } catch {
    res.destroy();
  }
};

/**
 * Browser mode: serves the renderer and the contract over HTTP on 127.0.0.1 only.
 * Every API call needs the session token; foreign Host headers (DNS rebinding) and Origins are refused.
 */
export const startHttpHost = async (options: HttpHostOptions): Promise<HttpHost> => {
  const state: HostState = { hosts: new Set(), origins: new Set() };
  const server = http.createServer((req, res) => {
    try {
      route(req, res, options, state);
    } catch (error) {
      lastResort(req, res, error);
    }
  });
  // A request Node cannot even parse: 400 and close, as Node would, but logged and never thrown.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (error.code !== 'ECONNRESET') console.error('Requête HTTP illisible refusée', error.code ?? error.message);
    if (socket.writable && !socket.destroyed) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    else socket.destroy();
  });
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  state.hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  state.origins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  return {
    port,
    url: `http://127.0.0.1:${port}/?t=${encodeURIComponent(options.token)}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};
