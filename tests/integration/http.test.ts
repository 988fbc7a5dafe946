import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_BODY_BYTES, startHttpHost, type HttpHost } from '../../electron/backend/http';
import { CONTENT_SECURITY_POLICY } from '../../electron/backend/static';
import { openTestBackend, type TestBackend } from '../helpers/backend';

const TOKEN = 'jeton-de-test-0123456789abcdef';

type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** A request with full control over Host, Origin and body, which fetch would not allow. */
const raw = (
  port: number,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<RawResponse> =>
  new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path, headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });

describe('browser-mode HTTP host', () => {
  let backend: TestBackend;
  let host: HttpHost;
  let staticRoot: string;
  const api = (method: string, body: unknown, headers: Record<string, string> = {}) =>
    raw(host.port, {
      method: 'POST',
      path: `/api/${method}`,
      headers: {
        Host: `127.0.0.1:${host.port}`,
        Authorization: `Bearer ${TOKEN}`,
        'Content-Type': 'application/json',
        Origin: `http://127.0.0.1:${host.port}`,
        ...headers,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const counts = () => {
    const db = new Database(backend.filePath, { readonly: true });
    const result = {
      documents: db.prepare('SELECT count(*) FROM documents').pluck().get(),
      people: db.prepare('SELECT count(*) FROM people').pluck().get(),
      history: db.prepare('SELECT count(*) FROM history').pluck().get(),
    };
    db.close();
    return result;
  };

  beforeAll(async () => {
    backend = await openTestBackend();
    staticRoot = path.join(backend.dir, 'renderer');
    fs.mkdirSync(path.join(staticRoot, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(staticRoot, 'index.html'), '<!doctype html><title>Sève</title>');
    fs.writeFileSync(path.join(staticRoot, 'assets', 'app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(backend.dir, 'secret.txt'), 'ne doit pas sortir');
    host = await startHttpHost({ api: backend.api, staticRoot, token: TOKEN, port: 0 });
  });

  afterAll(async () => {
    await host.close();
    backend.close();
  });

  it('listens on 127.0.0.1 and prints a URL carrying the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?t=${TOKEN}`);
  });

  it('answers a contract method with its Result', async () => {
    const response = await api('people.create', { name: 'Élodie Martin', jobTitle: 'Directrice' });
    expect(response.status).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { name: 'Élodie Martin', jobTitle: 'Directrice', active: true } });
  });

  it('answers a hostile payload with invalid_input and writes nothing', async () => {
    const before = counts();
    const hostile = [
      {
        title: "'; DROP TABLE documents; --",
        type: 'procedure',
        status: 'en_vigueur',
        processId: -1,
        ownerId: null,
        reviewPeriodMonths: 12,
        lastReviewDate: '2026-01-01',
      },
      {
        title: 'x'.repeat(10_000),
        type: 'procedure',
        status: 'brouillon',
        processId: null,
        ownerId: null,
        reviewPeriodMonths: 12,
        lastReviewDate: null,
      },
      {
        title: 'Test',
        type: 'sorcellerie',
        status: 'brouillon',
        processId: null,
        ownerId: null,
        reviewPeriodMonths: 12,
        lastReviewDate: null,
      },
      {
        title: 'Test',
        type: 'procedure',
        status: 'brouillon',
        processId: null,
        ownerId: null,
        reviewPeriodMonths: 1e308,
        lastReviewDate: '2026-13-45',
      },
      JSON.parse('{"__proto__": {"polluted": true}, "title": "Test"}'),
      [1, 2, 3],
      JSON.stringify('chaîne'),
      null,
    ];
    for (const payload of hostile) {
      const response = await api('documents.create', payload);
      expect(response.status).toBe(200);
      expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(counts()).toEqual(before);
  });

  it('refuses a request without the token, or with a wrong one', async () => {
    const before = counts();
    for (const authorization of ['', 'Bearer ', `Bearer ${TOKEN}x`, TOKEN, `Basic ${TOKEN}`]) {
      const response = await api('people.create', { name: 'Intrus', jobTitle: null }, { Authorization: authorization });
      expect(response.status).toBe(401);
      expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
    expect(counts()).toEqual(before);
  });

  it('refuses a foreign Host header (DNS rebinding) on the API and the page', async () => {
    for (const hostHeader of ['evil.example', `evil.example:${host.port}`, `127.0.0.1:${host.port + 1}`, '127.0.0.1']) {
      expect((await api('people.list', {}, { Host: hostHeader })).status).toBe(403);
      expect((await raw(host.port, { path: '/', headers: { Host: hostHeader } })).status).toBe(403);
    }
    expect((await api('people.list', {}, { Host: `localhost:${host.port}`, Origin: `http://localhost:${host.port}` })).status).toBe(200);
  });

  it('refuses a foreign Origin', async () => {
    for (const origin of ['http://evil.example', `http://127.0.0.1:${host.port + 1}`, 'null', `https://127.0.0.1:${host.port}`]) {
      const response = await api('people.create', { name: 'Intrus', jobTitle: null }, { Origin: origin });
      expect(response.status).toBe(403);
    }
  });

  it('refuses an oversized body without reading it all', async () => {
    const response = await api('people.create', JSON.stringify({ name: 'x'.repeat(MAX_BODY_BYTES + 10), jobTitle: null }));
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'payload_too_large' } });
  });

  it('refuses wrong methods, non-JSON bodies, malformed JSON and unknown methods', async () => {
    const get = await raw(host.port, {
      path: '/api/people.list',
      headers: { Host: `127.0.0.1:${host.port}`, Authorization: `Bearer ${TOKEN}` },
    });
    expect(get.status).toBe(405);
    expect((await api('people.list', '{}', { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await api('people.list', '{"name": ')).status).toBe(400);
    const unknown = await api('constructor', {});
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    const proto = await api('__proto__', {});
    expect(JSON.parse(proto.body)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('serves the page with the CSP and refuses paths outside the renderer folder', async () => {
    const page = await raw(host.port, { path: '/', headers: { Host: `127.0.0.1:${host.port}` } });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.body).toContain('<title>Sève</title>');
    const script = await raw(host.port, { path: '/assets/app.js', headers: { Host: `127.0.0.1:${host.port}` } });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    for (const attack of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '/%00index.html']) {
      const response = await raw(host.port, { path: attack, headers: { Host: `127.0.0.1:${host.port}` } });
      expect(response.status).toBe(404);
      expect(response.body).not.toContain('ne doit pas sortir');
    }
  });
});

describe('browser-mode HTTP host, last resort', () => {
  it('answers 500 and logs when answering a call fails, then serves the next call', async () => {
    const staticRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-static-'));
    let calls = 0;
    // An api that fails outside its own Result handling, as a bug in a host would.
    const api = {
      invoke: async () => {
        calls += 1;
        if (calls === 1) throw new Error('panne simulée');
        return { ok: true as const, value: 'encore là' };
      },
    };
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const host = await startHttpHost({ api, staticRoot, token: TOKEN, port: 0 });
    try {
      const call = () =>
        raw(host.port, {
          method: 'POST',
          path: '/api/app.info',
          headers: { Host: `127.0.0.1:${host.port}`, Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
          body: '{}',
        });
      const failed = await call();
      expect(failed.status).toBe(500);
      expect(JSON.parse(failed.body)).toMatchObject({ ok: false, error: { code: 'internal' } });
      expect(logged).toHaveBeenCalled();
      expect(JSON.parse((await call()).body)).toEqual({ ok: true, value: 'encore là' });
    } finally {
      await host.close();
      logged.mockRestore();
      fs.rmSync(staticRoot, { recursive: true, force: true });
    }
  });
});
