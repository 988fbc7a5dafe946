import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { chromium } from 'playwright-core';
import { createApi } from '../electron/backend/api';
import { openSeveFile } from '../electron/backend/db/connection';
import { createSession } from '../electron/backend/session';
import { fillFile } from './generate';
import { fillPackLoad } from './generate-pack';
import { packHtml } from './pack-html';

const BUDGET_SECONDS = 10;
const BUDGET_RSS_MB = 400;
const now = () => new Date('2026-11-26T10:00:00Z');

type ChildFigures = {
  seconds: number;
  cpuSeconds: number;
  pages: number;
  bytes: number;
  embedded: number;
  missing: number;
  maxRssMb: number;
  state: string;
  message: string | null;
};

/**
 * Runs in a child process (`--pack-child`), so its peak RSS is the pack's alone: the session on the
 * main thread plus the worker thread that writes the PDF.
 */
export const runPackChild = async (dbPath: string, outputFolder: string): Promise<void> => {
  const session = createSession({
    host: 'browser',
    appVersion: 'bench',
    account: 'bench',
    now,
    pack: { workerPath: path.join(__dirname, 'pack-worker.cjs'), outputFolder },
  });
  await session.open(dbPath);
  const api = createApi(session, (message, error) => console.error(message, error));
  const referentials = (await api.invoke('referentials.list', {})) as { ok: true; value: { id: number }[] };
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const started = (await api.invoke('pack.start', {
    date: '2026-11-26',
    referentialId: referentials.value[0]?.id ?? null,
    scope: { kind: 'all' },
    sections: ['summary', 'coverage', 'documents', 'reviews', 'evidence'],
  })) as { ok: boolean; value: { jobId: string } };
  if (!started.ok) throw new Error(JSON.stringify(started));
  let job: {
    state: string;
    pages: number | null;
    bytes: number | null;
    embeddedFiles: number | null;
    missingFiles: number | null;
    message: string | null;
  };
  do {
    await new Promise((resolve) => setTimeout(resolve, 20));
    job = ((await api.invoke('pack.progress', { jobId: started.value.jobId })) as { value: typeof job }).value;
  } while (job.state === 'running');
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const figures: ChildFigures = {
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    pages: job.pages ?? 0,
    bytes: job.bytes ?? 0,
    embedded: job.embeddedFiles ?? 0,
    missing: job.missingFiles ?? 0,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    state: job.state,
    message: job.message,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
  session.close();
};

const pageCount = (pdf: Buffer): number => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/** The same content printed by Chromium from HTML (what most Electron apps do), for a side-by-side ratio. */
const chromiumPrint = async (dbPath: string, outFile: string): Promise<{ seconds: number; pages: number; bytes: number }> => {
  const db = new Database(dbPath, { readonly: true });
  const html = packHtml(db);
  db.close();
  const browser = await chromium.launch({
    executablePath: process.env.SEVE_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    const start = performance.now();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      path: outFile,
      format: 'A4',
      margin: { top: '25mm', bottom: '22mm', left: '17mm', right: '17mm' },
      displayHeaderFooter: true,
      headerTemplate: '<div style="font-size:7px;width:100%;padding:0 17mm">Dossier de preuves</div>',
      footerTemplate:
        '<div style="font-size:7px;width:100%;text-align:right;padding:0 17mm">page <span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    });
    return { seconds: (performance.now() - start) / 1000, pages: pageCount(pdf), bytes: pdf.byteLength };
  } finally {
    await browser.close();
  }
};

/**
 * The evidence pack at scale (issue 7): about 1,000 pages and 200 embedded files of 1 Mo each,
 * under 10 s and 400 Mo of peak memory on this 2-core machine.
 */
export const benchPack = async (): Promise<boolean> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-bench-pack-'));
  try {
    const dbPath = path.join(dir, 'pack.sqlite');
    const started = performance.now();
    // Open once through a session: the shipped ISO 9001:2015 is loaded, as in a real file.
    const seeding = createSession({ host: 'browser', appVersion: 'bench', account: 'bench', now });
    await seeding.open(dbPath);
    seeding.close();
    const file = await openSeveFile(dbPath, { now });
    fillFile(file.db, { people: 40, processes: 12, documents: 5700, versionsPerDocument: 1, historyRows: 0 });
    fillPackLoad(file.db, { files: 200, bytesPerFile: 1024 * 1024, reviewsPerDocument: 2, linksPerRequirement: 6 });
    file.close();
    console.log(
      `\nDossier de preuves : fichier généré en ${((performance.now() - started) / 1000).toFixed(1)} s (5 700 documents, 11 400 revues, 200 fichiers de 1 Mo)`,
    );

    const child = spawnSync(process.execPath, [__filename, '--pack-child', dbPath, dir], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (child.status !== 0) throw new Error(`pack child failed:\n${child.stderr}`);
    const pack = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as ChildFigures;
    if (pack.state !== 'done') throw new Error(`pack ${pack.state}: ${pack.message}\n${child.stderr}`);
    const html = await chromiumPrint(dbPath, path.join(dir, 'chromium.pdf'));

    const timeOk = pack.seconds <= BUDGET_SECONDS;
    const memoryOk = pack.maxRssMb <= BUDGET_RSS_MB;
    const row = (label: string, value: string, budget: string, ok?: boolean) =>
      console.log(`${label.padEnd(44)} ${value.padStart(14)} ${budget.padStart(12)}  ${ok === undefined ? '' : ok ? 'ok' : 'DÉPASSÉ'}`);
    console.log(`${'mesure'.padEnd(44)} ${'valeur'.padStart(14)} ${'budget'.padStart(12)}`);
    row('Sève (pdfkit, worker) — durée', `${pack.seconds.toFixed(2)} s`, `${BUDGET_SECONDS} s`, timeOk);
    // CPU time does not grow when other programs share the machine: it tells a slow run from a busy machine.
    row('Sève — temps CPU (tous les threads)', `${pack.cpuSeconds.toFixed(2)} s`, '');
    row('Sève — pages', `${pack.pages}`, '~1 000');
    row('Sève — pages/s', `${(pack.pages / pack.seconds).toFixed(0)}`, '');
    row('Sève — fichiers joints', `${pack.embedded} (${(pack.bytes / 1024 / 1024).toFixed(0)} Mo)`, '200');
    row('Sève — pic de mémoire (RSS du processus)', `${pack.maxRssMb.toFixed(0)} Mo`, `${BUDGET_RSS_MB} Mo`, memoryOk);
    row('Chromium page.pdf() du même contenu (HTML)', `${html.seconds.toFixed(2)} s`, '');
    row('Chromium — pages, pages/s', `${html.pages}, ${(html.pages / html.seconds).toFixed(0)}`, '');
    row('Chromium — taille (sans fichiers joints)', `${(html.bytes / 1024 / 1024).toFixed(1)} Mo`, '');
    row('Rapport de durée Chromium / Sève', `× ${(html.seconds / pack.seconds).toFixed(2)}`, '');
    console.log('Chromium ne sait ni joindre les fichiers (PDF/A-3) ni produire un PDF/A : sa durée ne couvre que la mise en page.');
    return timeOk && memoryOk;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
