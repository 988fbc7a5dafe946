import crypto from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import fs from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FILE_TOO_LARGE_MESSAGE, MAX_FILE_BYTES } from '../../shared/domain/files';
import { startHttpHost, type HttpHost } from '../../electron/backend/http';
import { openTestBackend, type TestBackend } from '../helpers/backend';
import { fileTableCounts, seedVersion, type SeededVersion } from '../helpers/fileOwners';

const TOKEN = 'jeton-de-test-fichiers-0123456789';
const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/**
 * A request with full control over headers and how much of the body is sent: `send` writes the
 * body (or part of it) and may leave the request open, as a client streaming a huge file would.
 */
const raw = (
  port: number,
  options: { path: string; headers: Record<string, string>; send: (req: http.ClientRequest) => void },
): Promise<RawResponse> =>
  new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: options.path, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    // The server closes the connection on a refused upload; the unsent rest of the body then fails to write.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
    options.send(req);
  });

const json = (response: RawResponse) => JSON.parse(response.body.toString('utf8')) as unknown;

describe('browser-mode HTTP host: binary file calls', () => {
  let backend: TestBackend;
  let host: HttpHost;
  let version: SeededVersion;
  const headers = (extra: Record<string, string> = {}) => ({
    Host: `127.0.0.1:${host.port}`,
    Origin: `http://127.0.0.1:${host.port}`,
    Authorization: `Bearer ${TOKEN}`,
    ...extra,
  });
  const upload = (fileName: string, body: Buffer, extra: Record<string, string> = {}) =>
    raw(host.port, {
      path: '/api/files.upload',
      headers: headers({
        'Content-Type': 'application/octet-stream',
        'X-Seve-Input': b64({ owner: { entity: 'document_version', id: version.versionId }, fileName }),
        ...extra,
      }),
      send: (req) => req.end(body),
    });
  const postJson = (method: string, input: unknown) =>
    raw(host.port, {
      path: `/api/${method}`,
      headers: headers({ 'Content-Type': 'application/json' }),
      send: (req) => req.end(JSON.stringify(input)),
    });

  beforeAll(async () => {
    backend = await openTestBackend();
    const staticRoot = path.join(backend.dir, 'renderer');
    fs.mkdirSync(staticRoot, { recursive: true });
    host = await startHttpHost({ api: backend.api, staticRoot, token: TOKEN, port: 0 });
  });
  afterAll(async () => {
    await host.close();
    backend.close();
  });
  beforeEach(() => {
    version = seedVersion(backend.filePath, 'brouillon', `PR-${crypto.randomBytes(4).toString('hex')}`);
  });

  it('uploads a file as the raw body and downloads it byte for byte, with its name and type', async () => {
    // A .docx is a ZIP: its first bytes say so, and the type is delivered only when name and bytes agree.
    const bytes = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), crypto.randomBytes(2 * 1024 * 1024 + 3)]);
    const name = 'Procédure « achats » été.docx';
    const uploaded = await upload(name, bytes);
    expect(uploaded.status).toBe(200);
    const result = json(uploaded) as { ok: true; value: { id: number; fileName: string; sha256: string } };
    expect(result).toMatchObject({ ok: true, value: { fileName: name, sha256: sha256(bytes), size: bytes.length } });

    const downloaded = await postJson('files.download', { id: result.value.id });
    expect(downloaded.status).toBe(200);
    expect(sha256(downloaded.body)).toBe(sha256(bytes));
    expect(downloaded.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(downloaded.headers['content-length']).toBe(String(bytes.length));
    expect(downloaded.headers['content-disposition']).toBe(
      `attachment; filename="Procedure _ achats _ ete.docx"; filename*=UTF-8''${encodeURIComponent(name)}`,
    );
    expect(downloaded.headers['x-content-type-options']).toBe('nosniff');
    expect(downloaded.headers['content-security-policy']).toContain('sandbox');
    expect(downloaded.headers['cache-control']).toBe('no-store');
    const output = JSON.parse(Buffer.from(String(downloaded.headers['x-seve-output']), 'base64url').toString('utf8'));
    expect(output).toEqual({ fileName: name, mediaType: downloaded.headers['content-type'], size: bytes.length, sha256: sha256(bytes) });
  });

  it('accepts a zero-byte file and a file of exactly 100 Mo', async () => {
    expect(json(await upload('vide.txt', Buffer.alloc(0)))).toMatchObject({ ok: true, value: { size: 0 } });
    expect(json(await upload('limite.pdf', Buffer.alloc(MAX_FILE_BYTES, 7)))).toMatchObject({ ok: true, value: { size: MAX_FILE_BYTES } });
  });

  it('refuses an upload without the token, from a foreign origin or host, and writes nothing', async () => {
    const before = fileTableCounts(backend.filePath);
    const body = Buffer.from('%PDF-1.7');
    expect((await upload('a.pdf', body, { Authorization: '' })).status).toBe(401);
    expect((await upload('a.pdf', body, { Authorization: `Bearer ${TOKEN}x` })).status).toBe(401);
    expect((await upload('a.pdf', body, { Origin: 'http://evil.example' })).status).toBe(403);
    expect((await upload('a.pdf', body, { Host: 'evil.example' })).status).toBe(403);
    expect(fileTableCounts(backend.filePath)).toEqual(before);
  });

  it('refuses a declared oversized upload at once, without waiting for the body', async () => {
    const before = fileTableCounts(backend.filePath);
    const response = await raw(host.port, {
      path: '/api/files.upload',
      headers: headers({
        'Content-Type': 'application/octet-stream',
        'Content-Length': String(MAX_FILE_BYTES + 1),
        'X-Seve-Input': b64({ owner: { entity: 'document_version', id: version.versionId }, fileName: 'enorme.pdf' }),
      }),
      // Only 1 Ko of the announced 100 Mo is ever sent, and the request is left open.
      send: (req) => req.write(Buffer.alloc(1024)),
    });
    expect(response.status).toBe(413);
    expect(json(response)).toEqual({ ok: false, error: { code: 'payload_too_large', message: FILE_TOO_LARGE_MESSAGE } });
    expect(fileTableCounts(backend.filePath)).toEqual(before);
  });

  it('cuts the connection of a refused upload that keeps streaming, a short while after answering', async () => {
    const closed = new Promise<{ answered: number; closedAfterMs: number }>((resolve) => {
      let answeredAt = 0;
      let status = 0;
      const req = http.request(
        {
          host: '127.0.0.1',
          port: host.port,
          method: 'POST',
          path: '/api/files.upload',
          headers: headers({
            'Content-Type': 'application/octet-stream',
            'Content-Length': String(MAX_FILE_BYTES + 1),
            'X-Seve-Input': b64({ owner: { entity: 'document_version', id: version.versionId }, fileName: 'sans-fin.pdf' }),
          }),
        },
        (res) => {
          status = res.statusCode ?? 0;
          answeredAt = Date.now();
          res.resume();
        },
      );
      // 64 Ko every 20 ms, well under the announced size: the client never finishes by itself.
      const timer = setInterval(() => req.write(Buffer.alloc(64 * 1024)), 20);
      const done = () => {
        clearInterval(timer);
        resolve({ answered: status, closedAfterMs: Date.now() - answeredAt });
      };
      req.on('error', done);
      req.on('close', done);
    });
    const { answered, closedAfterMs } = await closed;
    expect(answered).toBe(413);
    expect(closedAfterMs).toBeGreaterThanOrEqual(1500);
    expect(closedAfterMs).toBeLessThan(5000);
  });

  it('stops reading a streamed upload as soon as it passes 100 Mo', async () => {
    const before = fileTableCounts(backend.filePath);
    const chunk = Buffer.alloc(1024 * 1024, 1);
    const response = await raw(host.port, {
      path: '/api/files.upload',
      headers: headers({
        'Content-Type': 'application/octet-stream',
        'Transfer-Encoding': 'chunked',
        'X-Seve-Input': b64({ owner: { entity: 'document_version', id: version.versionId }, fileName: 'flux.pdf' }),
      }),
      send: (req) => {
        let sent = 0;
        const pump = () => {
          while (sent <= MAX_FILE_BYTES && !req.destroyed) {
            sent += chunk.length;
            if (!req.write(chunk)) return void req.once('drain', pump);
          }
          if (!req.destroyed) req.write(Buffer.alloc(1));
        };
        pump();
      },
    });
    expect(response.status).toBe(413);
    expect(json(response)).toMatchObject({ ok: false, error: { code: 'payload_too_large' } });
    expect(fileTableCounts(backend.filePath)).toEqual(before);
  });

  it('refuses an upload sent as JSON, or with its description missing or unreadable', async () => {
    const before = fileTableCounts(backend.filePath);
    const asJson = await raw(host.port, {
      path: '/api/files.upload',
      headers: headers({ 'Content-Type': 'application/json' }),
      send: (req) =>
        req.end(JSON.stringify({ owner: { entity: 'document_version', id: version.versionId }, fileName: 'a.pdf', content: [1] })),
    });
    expect(asJson.status).toBe(415);
    for (const input of ['', 'pas du base64 !', b64('une chaîne'), b64([1, 2]), Buffer.from('{').toString('base64url'), 'A'.repeat(9000)]) {
      const response = await upload('a.pdf', Buffer.from('a'), { 'X-Seve-Input': input });
      expect(response.status, input.slice(0, 20)).toBe(400);
      expect(json(response)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    const invalid = await upload('a.pdf', Buffer.from('a'), {
      'X-Seve-Input': b64({ owner: { entity: 'document_version', id: -1 }, fileName: 'a.pdf' }),
    });
    expect(json(invalid)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(fileTableCounts(backend.filePath)).toEqual(before);
  });

  it('answers a refused download with a JSON Result, and files.open with "unsupported"', async () => {
    const missing = await postJson('files.download', { id: 987654 });
    expect(missing.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(json(missing)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const created = json(await upload('procedure.pdf', Buffer.from('%PDF'))) as { value: { id: number } };
    expect(json(await postJson('files.open', { id: created.value.id }))).toMatchObject({ ok: false, error: { code: 'unsupported' } });
  });
});
