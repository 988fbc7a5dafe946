import fs from 'node:fs';
import path from 'node:path';
import type { Protocol } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/backend/static';
import { appRequestHandler, decideAppRequest, registerAppScheme, serveAppScheme } from '../../../electron/main/protocol';
import { makeTempDir } from '../../helpers/backend';

// A real renderer folder on disk, with a secret file beside it that no request may reach.
let temp: ReturnType<typeof makeTempDir>;
let root: string;

beforeAll(() => {
  temp = makeTempDir();
  root = path.join(temp.dir, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Sève</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1);');
  fs.writeFileSync(path.join(root, 'assets', 'app.css'), 'body{}');
  fs.writeFileSync(path.join(temp.dir, 'secret.txt'), 'secret');
});
afterAll(() => temp.cleanup());

describe('decideAppRequest', () => {
  it('maps app://seve paths onto files under the renderer folder', () => {
    expect(decideAppRequest(root, 'GET', 'app://seve/index.html')).toEqual({ kind: 'file', filePath: path.join(root, 'index.html') });
    expect(decideAppRequest(root, 'GET', 'app://seve/')).toEqual({ kind: 'file', filePath: path.join(root, 'index.html') });
    expect(decideAppRequest(root, 'HEAD', 'app://seve/assets/app.js?v=2#x')).toEqual({
      kind: 'file',
      filePath: path.join(root, 'assets', 'app.js'),
    });
  });

  it.each([
    'app://seve/../secret.txt',
    'app://seve/%2e%2e/secret.txt',
    'app://seve/%2E%2E/%2e%2E/secret.txt',
    'app://seve/assets/..%2F..%2Fsecret.txt',
    'app://seve/..%2fsecret.txt',
    'app://seve/..%5Csecret.txt',
    'app://seve/assets%5C..%5C..%5Csecret.txt',
    'app://seve/index.html%00.js',
    'app://seve/%00',
    'app://seve/%E0%A4%A',
  ])('never resolves outside the renderer folder: %s', (url) => {
    const decision = decideAppRequest(root, 'GET', url);
    if (decision.kind === 'file') expect(decision.filePath.startsWith(root + path.sep)).toBe(true);
    expect(decision).not.toEqual({ kind: 'file', filePath: path.join(temp.dir, 'secret.txt') });
  });

  it.each([
    'app://evil/index.html',
    'app://seve:1234/index.html',
    'app://user@seve/index.html',
    'file:///index.html',
    'https://seve/index.html',
  ])('serves nothing for other hosts or schemes: %s', (url) => {
    expect(decideAppRequest(root, 'GET', url)).toEqual({ kind: 'not_found' });
  });

  it('refuses methods other than GET and HEAD', () => {
    expect(decideAppRequest(root, 'POST', 'app://seve/index.html')).toEqual({ kind: 'method_not_allowed' });
  });
});

describe('appRequestHandler', () => {
  const handle = (url: string, method = 'GET') => appRequestHandler(root)(new Request(url, { method }));

  it('serves files with their MIME type and the Content Security Policy', async () => {
    const page = await handle('app://seve/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Sève</title>');

    expect((await handle('app://seve/assets/app.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await handle('app://seve/assets/app.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('answers HEAD without a body', async () => {
    const head = await handle('app://seve/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it.each([
    'app://seve/missing.js',
    'app://seve/assets',
    'app://seve/..%2Fsecret.txt',
    'app://seve/%2e%2e/secret.txt',
    'app://other/index.html',
  ])('404 for %s', async (url) => {
    const response = await handle(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('secret');
  });

  it('405 for writes', async () => {
    const response = await handle('app://seve/index.html', 'POST');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('scheme registration', () => {
  // A fake `protocol` module stands in for Electron's runtime.
  it('registers app: as a standard secure scheme and serves it with the handler', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
    registerAppScheme(protocol as unknown as Protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    serveAppScheme(protocol as unknown as Protocol, root);
    expect(protocol.handle).toHaveBeenCalledExactlyOnceWith('app', expect.any(Function));
  });
});
