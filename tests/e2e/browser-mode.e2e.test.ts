import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserMode, type BrowserModeServer } from './support/browserMode';

/** Every row of every table, to prove a refused request changed nothing in the file. */
const snapshot = (dbPath: string): string => {
  const db = new Database(dbPath, { readonly: true });
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name")
    .pluck()
    .all() as string[];
  const dump = tables.map((table) => JSON.stringify([table, db.prepare(`SELECT * FROM "${table}"`).all()])).join('\n');
  db.close();
  return dump;
};

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });

describe('browser mode over HTTP (the real CLI)', () => {
  let dir: string;
  let dbPath: string;
  let server: BrowserModeServer;
  let port: number;

  const post = (method: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${server.origin}/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}`, ...headers },
      body,
    });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-e2e-http-'));
    dbPath = path.join(dir, 'qualite.sqlite');
    port = await freePort();
    server = await startBrowserMode(dbPath, ['--port', String(port)]);
  });

  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves on 127.0.0.1 at the requested port and prints one URL line with a random token', () => {
    expect(server.origin).toBe(`http://127.0.0.1:${port}`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(
      server
        .output()
        .split('\n')
        .filter((line) => line.startsWith('http://127.0.0.1:')),
    ).toHaveLength(1);
  });

  it('answers hostile payloads with invalid_input and leaves the file unchanged', async () => {
    const person = await (await post('people.create', JSON.stringify({ name: 'Amélie Durand', jobTitle: null }))).json();
    expect(person).toMatchObject({ ok: true });
    const before = snapshot(dbPath);
    const hostile: unknown[] = [
      {
        title: "Robert'); DROP TABLE documents;--",
        type: 'procedure',
        status: 'brouillon',
        processId: 'abc',
        ownerId: null,
        reviewPeriodMonths: 12,
        lastReviewDate: null,
      },
      { title: 'Test', type: 'procedure', status: 'brouillon', processId: null, ownerId: -5, reviewPeriodMonths: 12, lastReviewDate: null },
      {
        title: 'Test',
        type: 'procedure',
        status: 'en_vigueur',
        processId: null,
        ownerId: null,
        reviewPeriodMonths: 12,
        lastReviewDate: '2026-02-31',
      },
      {
        title: 'Test',
        type: 'procedure',
        status: 'brouillon',
        processId: null,
        ownerId: null,
        reviewPeriodMonths: 12,
        lastReviewDate: null,
        constructor: { prototype: { admin: true } },
      },
      { id: 1, revision: 0, fields: { title: 'x'.repeat(100_000) } },
    ];
    for (const payload of hostile) {
      const result = await (await post('documents.create', JSON.stringify(payload))).json();
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(result.error.message).toMatch(/corrigez les champs signalés/);
    }
    const update = await (await post('people.update', JSON.stringify({ id: 1, name: '', jobTitle: null, active: 'oui' }))).json();
    expect(update).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { name: 'Le nom est obligatoire.', active: 'Valeur invalide.' } },
    });
    expect(snapshot(dbPath)).toBe(before);
  });

  it('refuses requests without the token or from another site, changing nothing', async () => {
    const before = snapshot(dbPath);
    expect((await post('people.create', JSON.stringify({ name: 'Intrus', jobTitle: null }), { Authorization: '' })).status).toBe(401);
    expect(
      (await post('people.create', JSON.stringify({ name: 'Intrus', jobTitle: null }), { Origin: 'https://evil.example' })).status,
    ).toBe(403);
    expect((await post('people.create', JSON.stringify({ name: 'x'.repeat(2_000_000), jobTitle: null }))).status).toBe(413);
    expect(snapshot(dbPath)).toBe(before);
  });

  /** Sends bytes as they are (no client library would send these targets) and reads the answer until the server closes. */
  const rawRequest = (text: string): Promise<string> =>
    new Promise((resolve, reject) => {
      const socket = net.connect(port, '127.0.0.1');
      let answer = '';
      socket.setTimeout(10_000, () => {
        socket.destroy();
        reject(new Error(`no answer to ${JSON.stringify(text.split('\r\n')[0])}`));
      });
      socket.on('data', (chunk: Buffer) => {
        answer += chunk.toString('latin1');
        // One answer is enough: the server may keep the connection open for the next request.
        if (/\r\n\r\n/.test(answer) && /content-length: 0|\r\n\r\n[\s\S]*[}.]$/i.test(answer)) socket.end();
      });
      socket.on('end', () => resolve(answer));
      socket.on('close', () => resolve(answer));
      socket.on('error', reject);
      socket.write(text);
    });

  it('answers malformed request targets, garbage and half requests, and goes on serving', async () => {
    const host = `Host: 127.0.0.1:${port}`;
    const targets = [
      '//%',
      '//[',
      '//:99999',
      '//[::1',
      '//%00',
      '/%',
      '/api/%',
      '/api//%',
      '//127.0.0.1:99999/api/app.info',
      '/..%2f..%2f',
    ];
    for (const target of targets) {
      for (const method of ['GET', 'POST']) {
        const answer = await rawRequest(`${method} ${target} HTTP/1.1\r\n${host}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
        expect(answer, `${method} ${target}`).toMatch(/^HTTP\/1\.1 (400|401|403|404|405|415|500) /);
      }
    }
    // Bytes that are not HTTP at all: Node refuses them with 400, and the process lives on.
    expect(await rawRequest('\u0000\u0001 garbage\r\n\r\n')).toMatch(/^HTTP\/1\.1 400 /);
    expect(await rawRequest(`GET / HTTP/1.1\r\n${host}\r\nX: \u0000\r\nConnection: close\r\n\r\n`)).toMatch(/^HTTP\/1\.1 400 /);
    // The API still answers, with the token, after all of that.
    const info = await (await post('app.info', '{}')).json();
    expect(info).toMatchObject({ ok: true, value: { file: { status: 'open' } } });
    expect(server.output()).not.toMatch(/exited|Uncaught/);
  });
});
