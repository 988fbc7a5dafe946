import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, methodNames } from '../../shared/api/contract';
import { errorCodes, type Result } from '../../shared/api/result';
import { binaryTransportOf } from '../../shared/api/transport';
import { dataChecksum, writeStamp } from '../helpers/checksum';
import { contractCase, expectFrenchRefusal, namingPaths } from '../helpers/contractArbitrary';
import { hostileObject } from '../helpers/hostile';
import { startBrowserMode, type BrowserModeServer } from './support/browserMode';

// The in-process fuzz (tests/integration/contract-fuzz.test.ts) runs 100 cases per method; this one
// sends part of them through the real browser-mode process over HTTP, to prove the process survives.
const HTTP_RUNS = 30;
const HTTP_VALUE_RUNS = 10;

describe('every contract method over HTTP against the real browser-mode process', () => {
  let dir: string;
  let dbPath: string;
  let server: BrowserModeServer;
  let cases = 0;
  let unexpectedWrites = 0;

  const post = (method: string, body: string) =>
    fetch(`${server.origin}/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      body,
    });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-e2e-fuzz-'));
    dbPath = path.join(dir, 'qualite.sqlite');
    server = await startBrowserMode(dbPath);
    expect((await (await post('people.create', JSON.stringify({ name: 'Amélie Durand', jobTitle: null }))).json()).ok).toBe(true);
  });

  afterAll(async () => {
    console.info(`Fuzz HTTP : ${cases} requêtes, 0 arrêt du processus, ${unexpectedWrites} écriture(s) inattendue(s).`);
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each(methodNames)('%s: typed answers, nothing written, the process still answers', { timeout: 60_000 }, async (method) => {
    const checksumBefore = dataChecksum(dbPath);
    await fc.assert(
      fc.asyncProperty(hostileObject, async (input) => {
        cases += 1;
        const before = writeStamp(dbPath);
        const response = await post(method, JSON.stringify(input) ?? 'null');
        const isJson = (response.headers.get('content-type') ?? '').startsWith('application/json');
        if (!isJson) {
          // Only a download that succeeded answers with bytes.
          expect(binaryTransportOf(method)).toBe('download');
          await response.arrayBuffer();
        } else {
          const result = (await response.json()) as { ok: boolean; error?: { code: string; message: string } };
          if (result.ok) expect(contract[method].writes, `${method} accepted ${JSON.stringify(input)}`).toBe(false);
          else {
            expect(errorCodes).toContain(result.error?.code);
            expect(result.error?.code).not.toBe('internal');
          }
        }
        if (writeStamp(dbPath) !== before) unexpectedWrites += 1;
        expect(writeStamp(dbPath)).toBe(before);
      }),
      { numRuns: HTTP_RUNS },
    );
    expect(dataChecksum(dbPath)).toBe(checksumBefore);
    const info = (await (await post('app.info', '{}')).json()) as { ok: boolean; value: { file: { path: string } } };
    expect(info).toMatchObject({ ok: true, value: { file: { path: dbPath } } });
  });

  // Inputs shaped like the contract, with out-of-range dates, unknown ids, lone surrogates (JSON
  // carries them as \ud800 escapes) and line breaks: French refusals through the real process too.
  it.each(methodNames.filter((method) => !namingPaths.has(method) && binaryTransportOf(method) !== 'upload'))(
    '%s: well-shaped inputs with bad values get French refusals, never internal',
    { timeout: 60_000 },
    async (method) => {
      await fc.assert(
        fc.asyncProperty(contractCase(method), async ({ input, slot, bad }) => {
          cases += 1;
          const before = writeStamp(dbPath);
          const response = await post(method, JSON.stringify(input) ?? 'null');
          if (!(response.headers.get('content-type') ?? '').startsWith('application/json')) {
            expect(binaryTransportOf(method)).toBe('download');
            await response.arrayBuffer();
            return;
          }
          const result = (await response.json()) as Result<unknown>;
          if (!result.ok) expect(writeStamp(dbPath), `${method} wrote to the file for a refused request`).toBe(before);
          expectFrenchRefusal(method, input, slot, bad, result);
        }),
        { numRuns: HTTP_VALUE_RUNS },
      );
      expect((await (await post('app.info', '{}')).json()).ok).toBe(true);
    },
  );

  it('survives bodies that are not JSON and names that are not methods', async () => {
    for (const body of ['{', '\u0000\u0001', 'null', '[]', '"x"', '{"__proto__":{"a":1}}', 'x'.repeat(2000)]) {
      const response = await post('people.list', body);
      expect([200, 400]).toContain(response.status);
    }
    for (const name of ['constructor', '__proto__', 'people.list/../x', 'a'.repeat(500), '%00', 'toString']) {
      const result = (await (await post(name, '{}')).json()) as { ok: boolean; error?: { code: string } };
      expect(result.ok).toBe(false);
    }
    expect((await (await post('app.info', '{}')).json()).ok).toBe(true);
  });
});
