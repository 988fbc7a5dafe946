import fs from 'node:fs/promises';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY, mimeTypeOf, resolveStaticPath } from '../backend/static';
import { APP_SCHEME, isAppUrl } from './security';

const baseHeaders = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export type AppRequestDecision = { kind: 'file'; filePath: string } | { kind: 'not_found' } | { kind: 'method_not_allowed' };

/**
 * What app://seve/<path> maps to: a file under the renderer folder, or nothing. Other hosts, and
 * paths that would leave the folder (`..`, `%2e%2e`, encoded separators, NUL), are not found.
 */
export const decideAppRequest = (rendererRoot: string, method: string, url: string): AppRequestDecision => {
  if (method !== 'GET' && method !== 'HEAD') return { kind: 'method_not_allowed' };
  if (!isAppUrl(url)) return { kind: 'not_found' };
  const filePath = resolveStaticPath(rendererRoot, new URL(url).pathname);
  return filePath === null ? { kind: 'not_found' } : { kind: 'file', filePath };
};

const textResponse = (status: number, body: string, extra: Record<string, string> = {}): Response =>
  new Response(body, { status, headers: { ...baseHeaders, 'Content-Type': 'text/plain; charset=utf-8', ...extra } });

const readRegularFile = async (filePath: string): Promise<Buffer | null> => {
  try {
    const stats = await fs.stat(filePath);
    return stats.isFile() ? await fs.readFile(filePath) : null;
  } catch {
    return null;
  }
};

/** Serves the built renderer to the window; no request ever reaches the disk outside `rendererRoot`. */
export const appRequestHandler =
  (rendererRoot: string) =>
  async (request: Request): Promise<Response> => {
    const decision = decideAppRequest(rendererRoot, request.method, request.url);
    if (decision.kind === 'method_not_allowed') return textResponse(405, 'Méthode refusée.', { Allow: 'GET, HEAD' });
    const content = decision.kind === 'file' ? await readRegularFile(decision.filePath) : null;
    if (decision.kind !== 'file' || content === null) return textResponse(404, 'Introuvable.');
    const headers = { ...baseHeaders, 'Content-Type': mimeTypeOf(decision.filePath), 'Cache-Control': 'no-cache' };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(content), { status: 200, headers });
  };

/**
 * Must run before the app is ready: a standard, secure scheme gives the page a real origin
 * (relative URLs, a secure context for fetch) without file://'s access to the whole disk.
 */
export const registerAppScheme = (protocol: Protocol): void => {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
};

export const serveAppScheme = (protocol: Protocol, rendererRoot: string): void => {
  protocol.handle(APP_SCHEME, appRequestHandler(rendererRoot));
};
