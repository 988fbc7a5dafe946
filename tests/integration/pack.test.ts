import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApi } from '../../electron/backend/api';
import { createSession } from '../../electron/backend/session';
import type { PackJob } from '../../shared/schemas/pack';
import { expectOk, makeTempDir, type TestBackend } from '../helpers/backend';
import { buildRealisticFile, sha256Of } from '../helpers/packFixture';
import { hasTool, pdfFonts, qpdfCheck, readPdf } from '../helpers/pdf';
import { packWorkerPath } from '../helpers/packWorker';

const openPackBackend = async (): Promise<TestBackend> => {
  const { dir, cleanup } = makeTempDir();
  const filePath = path.join(dir, 'qualite.sqlite');
  const session = createSession({
    host: 'browser',
    appVersion: 'test',
    actor: 'Amélie Durand',
    now: () => new Date('2026-11-26T10:00:00Z'),
    pack: { workerPath: await packWorkerPath(), outputFolder: dir },
  });
  await session.open(filePath);
  const errors: unknown[] = [];
  return {
    api: createApi(session, (_m, error) => errors.push(error)),
    session,
    filePath,
    dir,
    errors,
    close: () => {
      session.close();
      cleanup();
    },
  };
};

const waitForJob = async (backend: TestBackend, jobId: string): Promise<PackJob> => {
  for (let attempt = 0; attempt < 600; attempt++) {
    const job = await expectOk<PackJob>(backend.api, 'pack.progress', { jobId });
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('job did not finish');
};

describe('the evidence pack, generated in its worker and read back with pdf.js', () => {
  let backend: TestBackend;
  let fixture: Awaited<ReturnType<typeof buildRealisticFile>>;
  let pdfPath: string;
  let job: PackJob;

  beforeAll(async () => {
    backend = await openPackBackend();
    fixture = await buildRealisticFile(backend);
    const referential = [...fixture.requirements.values()][0]?.referentialId;
    const { jobId } = await expectOk<{ jobId: string }>(backend.api, 'pack.start', {
      date: '2026-11-26',
      referentialId: referential,
      scope: { kind: 'all' },
      sections: ['summary', 'coverage', 'documents', 'reviews', 'evidence'],
    });
    job = await waitForJob(backend, jobId);
    if (job.state !== 'done') throw new Error(JSON.stringify(job));
    const download = await backend.api.invoke('pack.download', { jobId });
    if (!download.ok) throw new Error(JSON.stringify(download.error));
    pdfPath = path.join(backend.dir, 'dossier.pdf');
    fs.writeFileSync(pdfPath, (download.value as { content: Uint8Array }).content);
  }, 60_000);
  afterAll(() => backend.close());

  it('finishes with every file embedded', () => {
    expect(job.state, job.message ?? '').toBe('done');
    expect(job.embeddedFiles).toBe(3);
    expect(job.missingFiles).toBe(0);
    expect(job.fileName).toBe('Dossier de preuves – Association Tremplin — Économie solidaire – 2026-11-26.pdf');
  });

  it('reads back: pages, accented title, outline, attachments byte for byte', async () => {
    const pdf = await readPdf(pdfPath);
    expect(pdf.pageCount).toBe(job.pages);
    // French typography puts a narrow no-break space before the colon; a table cell may wrap the title.
    const text = pdf.pages.join('\n').replace(/\u202F/g, ' ');
    expect(text).toContain('Procédure d’accueil des salariés');
    expect(text).toContain('œuvre commune');
    expect(pdf.outline.map((entry) => entry.title)).toEqual(
      expect.arrayContaining([
        'Synthèse',
        'Matrice de couverture du référentiel',
        'Registre des documents en vigueur',
        'Journal des revues documentaires',
        'Fichiers de preuve joints',
      ]),
    );
    expect(pdf.attachments).toHaveLength(3);
    for (const file of fixture.files) {
      const embedded = pdf.attachments.find((attachment) => attachment.filename === file.fileName);
      expect(embedded, file.fileName).toBeDefined();
      expect(sha256Of(embedded?.content ?? new Uint8Array())).toBe(file.sha256);
    }
  });

  it.runIf(hasTool('qpdf'))('passes qpdf --check', () => {
    const check = qpdfCheck(pdfPath);
    expect(check.ok, check.output).toBe(true);
  });

  it.runIf(hasTool('pdffonts'))('embeds every font', () => {
    const fonts = pdfFonts(pdfPath);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((font) => !font.embedded)).toEqual([]);
  });
});
