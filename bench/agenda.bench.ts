import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { createApi } from '../electron/backend/api';
import { openSeveFile } from '../electron/backend/db/connection';
import { createSession } from '../electron/backend/session';
import { fillFile } from './generate';
import { fillAgendaLoad } from './generate-agenda';
import { fillContextLoad } from './generate-context';
import { measure, measureTimed, report, type Figure } from './measure';

const expectOk = async (promise: Promise<{ ok: boolean }>) => {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result;
};

/** Starts the real browser-mode host on `filePath` and returns its URL. */
const startBrowserMode = (filePath: string) =>
  new Promise<{ url: string; stop: () => void }>((resolve, reject) => {
    // The generated file's day, and settings in the run's folder (not this computer's).
    const args = ['--db', filePath, '--no-open', '--today', '2026-11-26', '--config-dir', path.join(path.dirname(filePath), 'réglages')];
    const child = spawn(process.execPath, [path.resolve('dist/node/browser.cjs'), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const line = output.split('\n').find((candidate) => candidate.startsWith('http://127.0.0.1:'));
      if (line) resolve({ url: line.trim(), stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', () => reject(new Error(output)));
  });

/** From navigation to the agenda's groups drawn with their items, in Debian's Chromium: the home screen's time to interactive. */
const homeScreen = async (filePath: string): Promise<Figure> => {
  const host = await startBrowserMode(filePath);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    return await measureTimed(
      'écran « À faire » interactif (mode navigateur, Chromium)',
      1000,
      async () => {
        // A new tab each time, opened before the clock starts.
        const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
        const start = performance.now();
        await page.goto(host.url);
        await page
          .getByRole('region', { name: /^En retard/ })
          .getByRole('link')
          .first()
          .waitFor();
        const elapsed = performance.now() - start;
        await page.close();
        return elapsed;
      },
      5,
    );
  } finally {
    await browser.close();
    host.stop();
  }
};

/**
 * "À faire" at scale (5,000 documents, 40,000 actions, 10,000 findings, 400 audits): the agenda
 * answers in under 50 ms in the backend and the home screen is interactive in under 1 s.
 */
export const benchAgenda = async (): Promise<boolean> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-bench-agenda-'));
  try {
    const filePath = path.join(dir, 'agenda.sqlite');
    const now = () => new Date('2026-11-26T10:00:00Z');
    const start = performance.now();
    const file = await openSeveFile(filePath, { now });
    fillFile(file.db, { people: 40, processes: 12, documents: 5000, versionsPerDocument: 1, historyRows: 1000 });
    fillAgendaLoad(file.db, { audits: 400, findingsPerAudit: 25, actions: 40_000, complaints: 600, indicators: 30, people: 40 });
    fillContextLoad(file.db, { risks: 600, watchItems: 1500, people: 40 });
    file.close();
    console.log(
      `\nFichier généré : 5 000 documents, 40 000 actions, 10 000 constats, 400 audits, 600 risques, 1 500 informations de veille (${((performance.now() - start) / 1000).toFixed(1)} s)`,
    );
    const session = createSession({ host: 'browser', appVersion: 'bench', account: 'bench', now });
    await session.open(filePath);
    const api = createApi(session, (message, error) => console.error(message, error));
    const sample = (await api.invoke('agenda.list', {})) as { ok: true; value: { items: unknown[] } };
    console.log(`« À faire » sur 90 jours : ${sample.value.items.length} échéances`);
    const figures = [
      await measure('agenda.list — 90 jours, tout le monde', 50, () => expectOk(api.invoke('agenda.list', {}))),
      await measure('agenda.list — « Mes tâches » d’une personne', 50, () => expectOk(api.invoke('agenda.list', { personId: 7 }))),
      await measure('agenda.list — un an (export .ics)', 50, () => expectOk(api.invoke('agenda.list', { horizonDays: 366 }))),
      // « Prêt pour l'audit ? » reads every register of the same file, twice (today and the last body audit's day).
      await measure('readiness.check — « Prêt pour l’audit ? »', 200, () => expectOk(api.invoke('readiness.check', {}))),
    ];
    session.close();
    if (fs.existsSync('dist/node/browser.cjs') && fs.existsSync('/usr/bin/chromium')) figures.push(await homeScreen(filePath));
    else
      console.log(
        'Mode navigateur non construit ou Chromium absent : mesure de l’écran d’accueil non faite (npm run build, apt-get install chromium).',
      );
    return report('« À faire » (backend et écran d’accueil)', figures);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
