import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { PackFailure } from '../../electron/backend/pack/failure';
import { outputFailure } from '../../electron/backend/pack/output';
import { createBlobReader } from '../../electron/backend/pack/blobs';
import { planPdf } from '../../electron/backend/pack/plan';
import { renderPlan } from '../../electron/backend/pack/render';
import { expectOk, type TestBackend } from '../helpers/backend';
import { openPackBackend, packOf, waitForJob } from '../helpers/packBackend';
import { buildRealisticFile } from '../helpers/packFixture';
import { hasTool, pdfFonts, qpdfCheck, readPdf } from '../helpers/pdf';

const isoId = (backend: TestBackend): number =>
  (backend.session
    .services()
    .referentials.list()
    .find((referential) => referential.code === 'iso9001-2015')?.id ?? 0) as number;

const checkFile = (pdfPath: string): void => {
  if (hasTool('qpdf')) expect(qpdfCheck(pdfPath).ok, qpdfCheck(pdfPath).output).toBe(true);
  if (hasTool('pdffonts')) expect(pdfFonts(pdfPath).filter((font) => !font.embedded)).toEqual([]);
};

// Each test runs the real worker; on a busy 2-core machine a pack takes seconds.
describe('the evidence pack against bad input', { timeout: 60_000 }, () => {
  let backend: TestBackend;
  afterEach(() => backend?.close());

  it('lists a missing and an altered file in the manifest, embeds the rest, and goes on', async () => {
    backend = await openPackBackend();
    const fixture = await buildRealisticFile(backend);
    const [missing, altered] = fixture.files;
    // Another program damaged the file: one blob gone, another overwritten with other bytes of the same size.
    const db = new Database(backend.filePath);
    db.pragma('foreign_keys = OFF');
    db.prepare('DELETE FROM blobs WHERE sha256 = ?').run(missing?.sha256);
    db.prepare('UPDATE blobs SET data = randomblob(size) WHERE sha256 = ?').run(altered?.sha256);
    db.close();
    const { job, pdfPath } = await packOf(backend, isoId(backend), 'abime.pdf');
    expect(job.missingFiles).toBe(2);
    expect(job.embeddedFiles).toBe(1);
    const pdf = await readPdf(pdfPath);
    const manifest = pdf.pages.join('\n');
    expect(manifest).toContain('manquant');
    expect(manifest).toContain('altéré');
    expect(pdf.attachments.map((attachment) => attachment.filename)).toEqual([fixture.files[2]?.fileName]);
    checkFile(pdfPath);
  }, 60_000);

  it('prints very long texts, emoji and right-to-left text without a crash or a missing glyph', async () => {
    backend = await openPackBackend();
    const { api } = backend;
    const owner = await expectOk<{ id: number }>(api, 'people.create', { name: 'Nour ﺍﻟﻬﺪﻯ 🌿 Benali', jobTitle: 'Encadrante technique' });
    const titles = [
      `Procédure ${'très '.repeat(36)}longue`,
      'Accueil des salariés 😀🦩👩‍👩‍👧 et sourire',
      'Réunion שלום עולם et مرحبا بالعالم',
      'Sansespacesniretourdeligneaucuntitrenedevraitjamaisressemblerauncodesecretsansfinetpourtantcestarrive',
    ];
    for (const title of titles) {
      const document = await expectOk<{ id: number }>(api, 'documents.create', {
        title,
        type: 'procedure',
        processId: null,
        ownerId: owner.id,
        reviewPeriodMonths: 12,
        initialStatus: 'en_vigueur',
        effectiveDate: '2025-01-10',
        approvedById: owner.id,
        approvedOn: '2025-01-05',
      });
      await expectOk(api, 'documents.recordReview', {
        documentId: document.id,
        fields: {
          reviewDate: '2026-01-10',
          reviewerId: owner.id,
          outcome: 'reconduit',
          comment: `${'Commentaire détaillé ; '.repeat(85)}fin.`,
        },
      });
    }
    const { job, pdfPath } = await packOf(backend, isoId(backend), 'bizarre.pdf');
    const text = (await readPdf(pdfPath)).pages.join('\n');
    expect(text).toContain('�');
    expect(text).toContain('fin.');
    expect(job.pages).toBeGreaterThan(4);
    checkFile(pdfPath);
  }, 60_000);

  it('says in the PDF that a section is empty rather than leaving it out', async () => {
    backend = await openPackBackend();
    const { pdfPath } = await packOf(backend, isoId(backend), 'vide.pdf');
    const text = (await readPdf(pdfPath)).pages.join('\n');
    expect(text).toContain('Aucun document en vigueur dans ce périmètre.');
    expect(text).toContain('Aucune revue documentaire enregistrée pour ce périmètre.');
    expect(text).toContain('Aucun fichier attaché aux documents en vigueur de ce périmètre.');
    checkFile(pdfPath);
  });

  it('fails in French for a folder that does not exist, and writes nothing', async () => {
    backend = await openPackBackend();
    const target = path.join(backend.dir, 'dossier-disparu', 'Dossier.pdf');
    const { targetId } = backend.session.pack.registerTarget(target);
    const { jobId } = await expectOk<{ jobId: string }>(backend.api, 'pack.start', {
      date: '2026-11-26',
      referentialId: isoId(backend),
      scope: { kind: 'all' },
      sections: ['documents'],
      targetId,
    });
    const job = await waitForJob(backend, jobId);
    expect(job.state).toBe('failed');
    expect(job.message).toContain('n’existe plus');
    expect(fs.existsSync(path.dirname(target))).toBe(false);
  });

  it('leaves nothing at the chosen path when cancelled', async () => {
    backend = await openPackBackend();
    await buildRealisticFile(backend);
    const target = path.join(backend.dir, 'choisi', 'Dossier.pdf');
    fs.mkdirSync(path.dirname(target));
    const { targetId } = backend.session.pack.registerTarget(target);
    const { jobId } = await expectOk<{ jobId: string }>(backend.api, 'pack.start', {
      date: '2026-11-26',
      referentialId: isoId(backend),
      scope: { kind: 'all' },
      sections: ['summary', 'coverage', 'documents', 'reviews', 'evidence'],
      targetId,
    });
    await expectOk(backend.api, 'pack.cancel', { jobId });
    const job = await waitForJob(backend, jobId);
    expect(job.state).toBe('cancelled');
    expect(fs.readdirSync(path.dirname(target))).toEqual([]);
    const refused = await backend.api.invoke('pack.download', { jobId });
    expect(refused.ok).toBe(false);
  });

  it('reports a full disk in French and stops writing', async () => {
    backend = await openPackBackend();
    await buildRealisticFile(backend);
    const db = new Database(backend.filePath, { readonly: true });
    const target = path.join(backend.dir, 'Dossier.pdf');
    let written = 0;
    let failure: Error | null = null;
    // A disk that fills up after 60 Ko.
    const output = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        written += chunk.length;
        callback(written > 60_000 ? Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }) : null);
      },
    });
    output.on('error', (error) => {
      failure ??= outputFailure(error, target);
    });
    const plan = planPdf(
      db,
      {
        kind: 'pack',
        date: '2026-11-26',
        referentialId: isoId(backend),
        scope: { kind: 'all' },
        sections: ['summary', 'coverage', 'documents', 'evidence'],
      },
      { producer: 'Test', generatedAt: new Date('2026-11-26T10:00:00Z'), packId: 'DP-TEST' },
      () => undefined,
    );
    const rendering = renderPlan(plan, {
      output,
      progress: () => undefined,
      cancelled: () => false,
      blobs: createBlobReader(db),
      outputError: () => failure,
    });
    await expect(rendering).rejects.toBeInstanceOf(PackFailure);
    await expect(rendering).rejects.toThrow(/Le disque est plein/);
    db.close();
    expect(fs.existsSync(target)).toBe(false);
  });
});
