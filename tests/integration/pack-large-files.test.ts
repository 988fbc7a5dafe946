import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpHost, type HttpHost } from '../../electron/backend/http';
import type { PackJob } from '../../shared/schemas/pack';
import { expectOk, type TestBackend } from '../helpers/backend';
import { openPackBackend, waitForJob } from '../helpers/packBackend';
import { documentWithFiles, pseudoRandom } from '../helpers/packFixture';
import { hasTool, qpdfCheck, readPdf } from '../helpers/pdf';

const TOKEN = 'jeton-de-test-dossier-volumineux-0123456789';
const MB = 1024 * 1024;
const sha256 = (bytes: Uint8Array): string => crypto.createHash('sha256').update(bytes).digest('hex');

// Larger than the 8 Mo pieces the pack reads and writes a file in, so each is read in several
// pieces; one content attached twice is written once and referenced twice.
const scan = Buffer.concat([Buffer.from('%PDF-1.4\n% Sève scan\n'), pseudoRandom(11, 17 * MB + 12_345)]);
const photos = pseudoRandom(12, 9 * MB);

describe('an evidence pack with large embedded files, streamed from SQLite to the client', { timeout: 120_000 }, () => {
  let backend: TestBackend;
  let host: HttpHost;
  let job: PackJob;
  let response: Response;
  let pdfPath: string;

  beforeAll(async () => {
    backend = await openPackBackend();
    const owner = await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Karim Benali', jobTitle: 'Directeur' });
    const fields = { type: 'procedure', processId: null, ownerId: owner.id, reviewPeriodMonths: 24 };
    await documentWithFiles(backend, { ...fields, title: 'Procédure d’accueil' }, owner.id, '2026-03-02', [
      { fileName: 'Procédure signée.pdf', content: scan },
      { fileName: 'Photos de l’atelier.bin', content: photos },
    ]);
    await documentWithFiles(backend, { ...fields, title: 'Procédure de recrutement' }, owner.id, '2026-04-02', [
      { fileName: 'Même scan.pdf', content: scan },
    ]);
    const { jobId } = await expectOk<{ jobId: string }>(backend.api, 'pack.start', {
      date: '2026-11-26',
      referentialId: null,
      scope: { kind: 'all' },
      sections: ['summary', 'documents', 'evidence'],
    });
    job = await waitForJob(backend, jobId);
    const staticRoot = path.join(backend.dir, 'renderer');
    fs.mkdirSync(staticRoot, { recursive: true });
    host = await startHttpHost({ api: backend.api, staticRoot, token: TOKEN, port: 0 });
    response = await fetch(`http://127.0.0.1:${host.port}/api/pack.download`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ jobId }),
    });
    pdfPath = path.join(backend.dir, 'téléchargé.pdf');
    fs.writeFileSync(pdfPath, Buffer.from(await response.arrayBuffer()));
  }, 120_000);
  afterAll(async () => {
    await host?.close();
    backend.close();
  });

  it('completes with every file embedded, the duplicate content written once', () => {
    expect(job.state, job.message ?? '').toBe('done');
    expect(job.embeddedFiles).toBe(3);
    expect(job.missingFiles).toBe(0);
    // Two contents of 17 and 9 Mo, not three: the second copy of the scan is a reference.
    expect(job.bytes).toBeGreaterThan(26 * MB);
    expect(job.bytes).toBeLessThan(35 * MB);
  });

  it('downloads over HTTP as a PDF whose length the server announced', () => {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(Number(response.headers.get('content-length'))).toBe(job.bytes);
    expect(fs.statSync(pdfPath).size).toBe(job.bytes);
  });

  it('keeps each embedded file byte for byte (SHA-256 read back with pdf.js)', async () => {
    const pdf = await readPdf(pdfPath);
    const byName = new Map(pdf.attachments.map((attachment) => [attachment.filename, sha256(attachment.content)]));
    expect(byName.get('Procédure signée.pdf')).toBe(sha256(scan));
    expect(byName.get('Même scan.pdf')).toBe(sha256(scan));
    expect(byName.get('Photos de l’atelier.bin')).toBe(sha256(photos));
    // The streams written piece by piece carry the length announced before them: the structure is sound.
    if (hasTool('qpdf')) {
      const check = qpdfCheck(pdfPath);
      expect(check.ok, check.output).toBe(true);
    }
  });

  it('refuses in French to download a job that does not exist, over the same streamed path', async () => {
    const refused = await fetch(`http://127.0.0.1:${host.port}/api/pack.download`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ jobId: crypto.randomBytes(18).toString('base64url') }),
    });
    const body = (await refused.json()) as { ok: boolean; error: { code: string; message: string } };
    expect(body.ok).toBe(false);
    expect(body.error.code).toBe('not_found');
    expect(body.error.message).toMatch(/introuvable/);
  });
});
