import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { packSectionIds } from '../shared/domain/pack';
import { createPreferences } from '../electron/backend/prefs';
import { BENCH_TOKEN } from './http-server';
import { largeFile } from './large-file';
import { benchScreens } from './screens.bench';

type Server = { child: ChildProcess; port: number; openedMs: number; firstAnswerMs: number };
type Line = { name: string; value: string; budget: string; ok: boolean };

const call = async (port: number, method: string, input: unknown = {}): Promise<{ ms: number; bytes: number; value: unknown }> => {
  const start = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${BENCH_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const text = await response.text();
  const ms = performance.now() - start;
  const result = JSON.parse(text) as { ok: boolean; value?: unknown; error?: unknown };
  if (!result.ok) throw new Error(`${method} : ${JSON.stringify(result.error)}`);
  return { ms, bytes: text.length, value: result.value };
};

/** Starts browser mode's backend on the file in a child process; resolves once it answers over HTTP. */
const startServer = (dbPath: string, preferencesFolder: string, outputFolder: string): Promise<Server> =>
  new Promise((resolve, reject) => {
    const spawned = performance.now();
    const child = spawn(process.execPath, [__filename, '--server-child', dbPath, preferencesFolder, outputFolder], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.once('exit', (code) => reject(new Error(`le serveur s’est arrêté (${code})`)));
    child.stdout?.once('data', (chunk: Buffer) => {
      const { port, openedMs } = JSON.parse(chunk.toString('utf8').split('\n')[0] ?? '{}') as { port: number; openedMs: number };
      call(port, 'organisation.get').then(() => resolve({ child, port, openedMs, firstAnswerMs: performance.now() - spawned }), reject);
    });
  });

const stopServer = async (server: Server): Promise<void> => {
  server.child.removeAllListeners('exit');
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
};

/** Peak resident memory of a process so far (Linux: VmHWM), main thread and workers together. */
const peakRssMb = (pid: number | undefined): number => {
  const status = fs.readFileSync(`/proc/${pid ?? 0}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
};

const percentile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};

const ms = (value: number): string => `${value.toFixed(0)} ms`;

/**
 * The registers and readings a screen asks for, each timed over HTTP (p95 against 50 ms). The
 * registers that page are read as their screens read them: `actions.list` and
 * `nonconformities.list` (every row, 7 Mo) only serve exports and pickers.
 */
const registers = (reviewId: number): [string, string, unknown, number?][] => [
  ['documents.list', 'documents, liste entière (sélecteurs)', {}],
  ['documents.page', 'registre des documents, première page (en vigueur et brouillons)', {}],
  ['actions.page', 'plan d’actions, première page (ouvertes)', {}],
  ['actions.page', 'plan d’actions, première page (toutes)', { scope: 'all' }],
  ['nonconformities.page', 'non-conformités, première page (ouvertes)', {}],
  ['nonconformities.page', 'non-conformités, première page (toutes)', { scope: 'all' }],
  ['complaints.list', 'réclamations', {}],
  ['audits.list', 'audits', {}],
  ['audits.programme', 'programme d’audit', {}],
  ['indicators.list', 'indicateurs', {}],
  ['agenda.list', 'à faire (agenda)', {}],
  ['managementReview.inputs', 'éléments d’entrée de la revue', { id: reviewId }],
  ['people.list', 'annuaire', {}],
  // Every rule at once: its own budget.
  ['readiness.check', 'prêt pour l’audit ? (toutes les règles)', {}, 200],
];

/**
 * Ten years of a large structure, measured as the user meets it: over HTTP against browser mode's
 * backend in its own process, cold open, each register, a backup with the API's latency during it,
 * the evidence pack with every section and its download. Figures are printed beside their budgets.
 */
export const benchLarge = async (): Promise<boolean> => {
  const dbPath = await largeFile();
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-bench-large-'));
  const lines: Line[] = [];
  const line = (name: string, value: string, budget: string, ok: boolean) => lines.push({ name, value, budget, ok });
  try {
    const preferencesFolder = path.join(scratch, 'réglages');
    // Backups of the measured file go to this run's scratch folder, never beside the cached file.
    createPreferences(preferencesFolder).setBackupFolder(dbPath, path.join(scratch, 'Sauvegardes'));

    const cold = await startServer(dbPath, preferencesFolder, scratch);
    line('ouverture à froid (la sauvegarde d’ouverture suit dans le worker)', ms(cold.openedMs), '1000 ms', cold.openedMs <= 1000);
    line('  première réponse HTTP depuis le lancement', ms(cold.firstAnswerMs), '—', true);
    await stopServer(cold);
    const server = await startServer(dbPath, preferencesFolder, scratch);
    line('réouverture sans changement (sauvegarde évitée)', ms(server.openedMs), '1000 ms', server.openedMs <= 1000);

    const reviews = (await call(server.port, 'managementReview.list')).value as { id: number }[];
    for (const [method, label, input, budgetMs = 50] of registers(reviews[0]?.id ?? 1)) {
      const times: number[] = [];
      let bytes = 0;
      try {
        for (let run = 0; run < 12; run++) {
          const answer = await call(server.port, method, input);
          if (run >= 2) times.push(answer.ms);
          bytes = answer.bytes;
        }
        const p95 = percentile(times, 0.95);
        line(
          `${method} — ${label}`,
          `${ms(percentile(times, 0.5))} / p95 ${ms(p95)} (${(bytes / 1e6).toFixed(1)} Mo)`,
          `p95 ${budgetMs} ms`,
          p95 <= budgetMs,
        );
      } catch (error) {
        line(`${method} — ${label}`, `refusé : ${String(error).slice(0, 80)}`, `p95 ${budgetMs} ms`, false);
      }
    }

    // A backup, with the API asked something every 25 ms meanwhile.
    const latencies: number[] = [];
    let backingUp = true;
    const backupStart = performance.now();
    const backup = call(server.port, 'backups.create').finally(() => (backingUp = false));
    while (backingUp) {
      latencies.push((await call(server.port, 'people.list')).ms);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    await backup;
    line('sauvegarde complète (copie vérifiée, dans le worker)', ms(performance.now() - backupStart), '—', true);
    const backupP95 = percentile(latencies, 0.95);
    line(`  latence de l’API pendant la sauvegarde (${latencies.length} appels)`, `p95 ${ms(backupP95)}`, 'p95 100 ms', backupP95 <= 100);

    const referentials = (await call(server.port, 'referentials.list')).value as { id: number }[];
    const rssBefore = peakRssMb(server.child.pid);
    const packStart = performance.now();
    const { jobId } = (
      await call(server.port, 'pack.start', {
        date: '2026-11-26',
        referentialId: referentials[0]?.id ?? null,
        scope: { kind: 'all' },
        sections: [...packSectionIds],
      })
    ).value as { jobId: string };
    let job: { state: string; pages: number | null; bytes: number | null; message: string | null };
    do {
      await new Promise((resolve) => setTimeout(resolve, 250));
      job = (await call(server.port, 'pack.progress', { jobId })).value as typeof job;
    } while (job.state === 'running');
    const packSeconds = (performance.now() - packStart) / 1000;
    if (job.state !== 'done') throw new Error(`dossier ${job.state} : ${job.message ?? ''}`);
    const pages = job.pages ?? 0;
    const per100 = (packSeconds * 100) / Math.max(1, pages);
    line(
      `dossier de preuves, toutes les sections (${pages} pages, ${((job.bytes ?? 0) / 1e6).toFixed(0)} Mo)`,
      `${packSeconds.toFixed(1)} s, ${per100.toFixed(2)} s / 100 pages`,
      '0,5 s / 100 pages',
      per100 <= 0.5,
    );
    const rssPack = peakRssMb(server.child.pid);
    const downloadStart = performance.now();
    const response = await fetch(`http://127.0.0.1:${server.port}/api/pack.download`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${BENCH_TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ jobId }),
    });
    let downloaded = 0;
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) downloaded += chunk.byteLength;
    line(
      `  téléchargement HTTP (${(downloaded / 1e6).toFixed(0)} Mo, flux)`,
      ms(performance.now() - downloadStart),
      '—',
      downloaded === job.bytes,
    );
    const rssAfter = peakRssMb(server.child.pid);
    line('  pic de mémoire du serveur avant le dossier (ouverture, registres, sauvegarde)', `${rssBefore.toFixed(0)} Mo`, '—', true);
    line('  pic de mémoire du serveur, dossier compris', `${rssPack.toFixed(0)} Mo`, '400 Mo', rssPack <= 400);
    line('  pic de mémoire du serveur, téléchargement compris', `${rssAfter.toFixed(0)} Mo`, '400 Mo', rssAfter <= 400);
    await stopServer(server);

    // The screens, in Chromium against browser mode on the same file (once the server above let it go).
    for (const screen of await benchScreens(dbPath, preferencesFolder)) {
      line(`écran : ${screen.name}`, ms(screen.ms), '1000 ms', screen.ms <= 1000);
    }
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  console.log('\nDix ans d’une grande structure, par HTTP (chiffres indicatifs : machine partagée)');
  for (const entry of lines) {
    console.log(`${entry.name.padEnd(78)} ${entry.value.padStart(34)}  ${entry.budget.padStart(18)}  ${entry.ok ? 'ok' : 'DÉPASSÉ'}`);
  }
  return lines.every((entry) => entry.ok);
};
