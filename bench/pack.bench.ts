import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApi } from '../electron/backend/api';
import { openSeveFile } from '../electron/backend/db/connection';
import { createSession } from '../electron/backend/session';
import { fillFile } from './generate';
import { fillPackLoad } from './generate-pack';
import { chromiumPrint, pagesText, rawPdfkit } from './pack-compare';

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
  // Kept beside the file before the session removes its outputs: the other writers are given its text.
  const written = fs.readdirSync(outputFolder, { recursive: true, encoding: 'utf8' }).find((name) => name.endsWith('.pdf'));
  if (written) fs.copyFileSync(path.join(outputFolder, written), path.join(outputFolder, 'seve.pdf'));
  process.stdout.write(`${JSON.stringify(figures)}\n`);
  session.close();
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
    // The pack's own text, page by page, written by raw pdfkit and printed by Chromium: the same content.
    const text = await pagesText(path.join(dir, 'seve.pdf'));
    const raw = await rawPdfkit(text, path.join(dir, 'pdfkit.pdf'));
    const html = await chromiumPrint(text, path.join(dir, 'chromium.pdf'));

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
    row('pdfkit brut, text() du même texte', `${raw.seconds.toFixed(2)} s`, '');
    row('pdfkit brut — pages, pages/s', `${raw.pages}, ${(raw.pages / raw.seconds).toFixed(0)}`, '');
    row('Chromium page.pdf() du même texte (HTML)', `${html.seconds.toFixed(2)} s`, '');
    row('Chromium — pages, pages/s', `${html.pages}, ${(html.pages / html.seconds).toFixed(0)}`, '');
    row('Rapport de durée pdfkit brut / Sève', `× ${(raw.seconds / pack.seconds).toFixed(2)}`, '');
    row('Rapport de durée Chromium / Sève', `× ${(html.seconds / pack.seconds).toFixed(2)}`, '');
    console.log(
      'Même texte, page pour page (lu dans le dossier par pdf.js) ; ni pdfkit brut ni Chromium ne balisent, ne produisent de PDF/A ni ne joignent les fichiers : leur durée ne couvre que l’écriture du texte.',
    );
    return timeOk && memoryOk;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
