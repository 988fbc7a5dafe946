import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileTableCounts, seedVersion, type SeededVersion } from '../helpers/fileOwners';
import { startBrowserMode, type BrowserModeServer } from './support/browserMode';
import { launchChromium } from './support/chromium';

const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex');
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');

// The Attachments component is not on a screen yet (the versions screen will place it): these tests
// drive the binary routes of the real CLI, from Node and from the app's own page in Chromium.
describe('files over browser mode (the real CLI)', () => {
  let dir: string;
  let dbPath: string;
  let server: BrowserModeServer;
  let version: SeededVersion;

  const upload = (fileName: string, body: Uint8Array<ArrayBuffer>, headers: Record<string, string> = {}) =>
    fetch(`${server.origin}/api/files.upload`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/octet-stream',
        Authorization: `Bearer ${server.token}`,
        'X-Seve-Input': b64({ owner: { entity: 'document_version', id: version.versionId }, fileName }),
        ...headers,
      },
      body,
    });
  const download = (id: number) =>
    fetch(`${server.origin}/api/files.download`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ id }),
    });

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-e2e-files-'));
    dbPath = path.join(dir, 'qualite.sqlite');
    server = await startBrowserMode(dbPath);
    version = seedVersion(dbPath);
  });

  afterAll(async () => {
    await server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('uploads a Word document and a PDF, and downloads both byte for byte', async () => {
    const files = [
      // A .docx is a ZIP: its type is delivered only when the first bytes agree with the name.
      {
        name: 'Procédure accueil v3.docx',
        bytes: new Uint8Array(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), crypto.randomBytes(300_000)])),
        type: 'wordprocessingml',
      },
      {
        name: 'Attestation « Qualiopi ».pdf',
        bytes: new Uint8Array(Buffer.concat([Buffer.from('%PDF-1.7\n'), crypto.randomBytes(50_000)])),
        type: 'application/pdf',
      },
    ];
    for (const file of files) {
      const uploaded = (await (await upload(file.name, file.bytes)).json()) as { ok: boolean; value: { id: number; fileName: string } };
      expect(uploaded).toMatchObject({ ok: true, value: { fileName: file.name, sha256: sha256(file.bytes) } });
      const response = await download(uploaded.value.id);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain(file.type);
      expect(response.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent(file.name)}`);
      expect(sha256(new Uint8Array(await response.arrayBuffer()))).toBe(sha256(file.bytes));
    }
  });

  it('refuses uploads without the token, from another origin, or over 100 Mo, and writes nothing', async () => {
    const before = fileTableCounts(dbPath);
    expect((await upload('a.pdf', new Uint8Array(10), { Authorization: '' })).status).toBe(401);
    expect((await upload('a.pdf', new Uint8Array(10), { Origin: 'http://evil.example' })).status).toBe(403);
    const tooLarge = await upload('enorme.pdf', new Uint8Array(100 * 1024 * 1024 + 1));
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({
      ok: false,
      error: { code: 'payload_too_large', message: expect.stringMatching(/100 Mo/) },
    });
    expect(fileTableCounts(dbPath)).toEqual(before);
  });

  describe('from the app’s page in Chromium (its CSP in force)', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('uploads with the page’s token and saves the download through a Blob URL', async () => {
      const page = await browser.newPage({ acceptDownloads: true, locale: 'fr-FR' });
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.goto(server.url);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBeGreaterThan(0);
      const text = 'Compte rendu de revue — été 2026\n';
      const downloadEvent = page.waitForEvent('download');
      const uploaded = await page.evaluate(
        async ({ versionId, text }) => {
          const token = sessionStorage.getItem('seve.sessionToken') ?? '';
          const json = new TextEncoder().encode(
            JSON.stringify({ owner: { entity: 'document_version', id: versionId }, fileName: 'Revue été.txt' }),
          );
          const input = btoa(String.fromCharCode(...json))
            .replace(/\+/g, '-')
            .replace(/\//g, '_')
            .replace(/=+$/, '');
          const auth = { Authorization: `Bearer ${token}` };
          const up = await fetch('./api/files.upload', {
            method: 'POST',
            headers: { ...auth, 'Content-Type': 'application/octet-stream', 'X-Seve-Input': input },
            body: new TextEncoder().encode(text),
          }).then((response) => response.json());
          const down = await fetch('./api/files.download', {
            method: 'POST',
            headers: { ...auth, 'Content-Type': 'application/json' },
            body: JSON.stringify({ id: up.value.id }),
          });
          // What renderer/src/features/files/save.ts does.
          const url = URL.createObjectURL(await down.blob());
          const link = document.createElement('a');
          link.href = url;
          link.download = 'Revue été.txt';
          document.body.append(link);
          link.click();
          link.remove();
          return up;
        },
        { versionId: version.versionId, text },
      );
      expect(uploaded).toMatchObject({ ok: true, value: { fileName: 'Revue été.txt', mediaType: 'text/plain' } });
      const saved = await downloadEvent;
      expect(saved.suggestedFilename()).toBe('Revue été.txt');
      expect(fs.readFileSync((await saved.path()) ?? '', 'utf8')).toBe(text);
      expect(errors).toEqual([]);
      await page.close();
    });
  });
});
