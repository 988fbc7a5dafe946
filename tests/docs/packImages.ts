import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { packSectionIds, packSectionTitles } from '../../shared/domain/pack';
import { expectOk } from '../helpers/backend';
import { openPackBackend, waitForJob } from '../helpers/packBackend';
import { readPdf } from '../helpers/pdf';
import { buildYearFile } from '../helpers/yearFixture';

/**
 * `npm run pack-images`: builds the realistic year of the pack's tests, generates its evidence pack
 * and renders the pages the user guide shows into docs/images with pdftoppm (poppler-utils).
 */
const main = async (): Promise<void> => {
  const output = path.resolve('docs/images');
  const backend = await openPackBackend();
  try {
    const year = await buildYearFile(backend);
    const { jobId } = await expectOk<{ jobId: string }>(backend.api, 'pack.start', {
      date: '2026-11-26',
      referentialId: year.certification.referentialId,
      scope: { kind: 'all' },
      sections: [...packSectionIds],
      auditId: year.audits.survey2027.id,
    });
    const job = await waitForJob(backend, jobId);
    if (job.state !== 'done') throw new Error(job.message ?? job.state);
    const download = await backend.api.invoke('pack.download', { jobId });
    if (!download.ok) throw new Error(download.error.message);
    const pdfPath = path.join(backend.dir, 'dossier.pdf');
    fs.writeFileSync(pdfPath, (download.value as { content: Uint8Array }).content);
    const pdf = await readPdf(pdfPath);
    const pageOf = (title: string): number => {
      const entry = pdf.outline.find((candidate) => candidate.title.replace(/\u202F/g, ' ') === title);
      if (!entry) throw new Error(`Section absente : ${title}`);
      return entry.page;
    };
    const pageWith = (text: string): number => pdf.pages.findIndex((page) => page.includes(text)) + 1;
    const pages: Record<string, number> = {
      'pack-synthese': pageOf(packSectionTitles.summary),
      'pack-suivi': pageOf(packSectionTitles.followUp),
      'pack-contexte': pageOf(packSectionTitles.context),
      'pack-performance': pageOf(packSectionTitles.performance),
      'pack-audits': pageOf('AUD-2026-02 — Audit du processus Accueil et recrutement'),
      'pack-couverture': pageWith('9.2.2'),
    };
    for (const [name, page] of Object.entries(pages)) {
      const result = spawnSync('pdftoppm', [
        '-png',
        '-r',
        '110',
        '-f',
        String(page),
        '-l',
        String(page),
        '-singlefile',
        pdfPath,
        path.join(output, name),
      ]);
      if (result.status !== 0) throw new Error(`pdftoppm : ${String(result.stderr)}`);
      console.log(`docs/images/${name}.png ← page ${page} / ${pdf.pageCount}`);
    }
  } finally {
    backend.close();
  }
};

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
