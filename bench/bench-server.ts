import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { packSectionIds } from '../shared/domain/pack';
import { BENCH_TOKEN } from './http-server';

export type Server = { child: ChildProcess; port: number; openedMs: number; firstAnswerMs: number };
export type Line = { name: string; value: string; budget: string; ok: boolean };

export const call = async (port: number, method: string, input: unknown = {}): Promise<{ ms: number; bytes: number; value: unknown }> => {
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
export const startServer = (dbPath: string, preferencesFolder: string, outputFolder: string): Promise<Server> =>
  new Promise((resolve, reject) => {
    const spawned = performance.now();
    const child = spawn(process.execPath, [path.join(__dirname, 'server.cjs'), dbPath, preferencesFolder, outputFolder], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.once('exit', (code) => reject(new Error(`le serveur s’est arrêté (${code})`)));
    // A benchmark that stops on an error does not leave its server holding the file.
    process.once('exit', () => child.kill('SIGKILL'));
    child.stdout?.once('data', (chunk: Buffer) => {
      const { port, openedMs } = JSON.parse(chunk.toString('utf8').split('\n')[0] ?? '{}') as { port: number; openedMs: number };
      call(port, 'organisation.get').then(() => resolve({ child, port, openedMs, firstAnswerMs: performance.now() - spawned }), reject);
    });
  });

/**
 * Waits until the server's opening backup is written (it follows the opening in the worker, after
 * the first screen's delay and the integrity check); resolves with the time waited.
 */
export const untilOpeningBackup = async (port: number, timeoutMs = 180_000): Promise<number> => {
  const start = performance.now();
  while (performance.now() - start < timeoutMs) {
    const { backups } = (await call(port, 'backups.list')).value as { backups: { kind: string }[] };
    if (backups.some((backup) => backup.kind === 'ouverture')) return performance.now() - start;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`pas de sauvegarde d’ouverture après ${timeoutMs / 1000} s`);
};

export const stopServer = async (server: Server): Promise<void> => {
  server.child.removeAllListeners('exit');
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  await exited;
};

const statusMb = (pid: number | undefined, field: 'VmHWM' | 'VmRSS'): number => {
  const status = fs.readFileSync(`/proc/${pid ?? 0}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0) / 1024;
};

/** Peak resident memory of a process so far (Linux: VmHWM), main thread and workers together. */
export const peakRssMb = (pid: number | undefined): number => statusMb(pid, 'VmHWM');

/** Resident memory of a process now (Linux: VmRSS). */
export const rssMb = (pid: number | undefined): number => statusMb(pid, 'VmRSS');

/** CPU time a process has used so far, in milliseconds (Linux: utime + stime of /proc/<pid>/stat). */
const cpuMs = (pid: number | undefined): number => {
  // The fields after the command's name, which sits in parentheses and may hold spaces.
  const fields =
    fs
      .readFileSync(`/proc/${pid ?? 0}/stat`, 'utf8')
      .split(') ')[1]
      ?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
};

/**
 * The API's latency while what follows an opening runs (the integrity check, in the worker, after
 * `delayMs`): `people.list` every 25 ms from the opening until, past the delay, the server has
 * used under a fifth of a core for half a second.
 */
export const latenciesAfterOpening = async (server: Server, delayMs: number): Promise<number[]> => {
  const latencies: number[] = [];
  const start = performance.now();
  let window = { at: start, cpu: cpuMs(server.child.pid) };
  for (;;) {
    latencies.push((await call(server.port, 'people.list')).ms);
    await new Promise((resolve) => setTimeout(resolve, 25));
    const now = performance.now();
    if (now - window.at < 500) continue;
    const cpu = cpuMs(server.child.pid);
    const quiet = (cpu - window.cpu) / (now - window.at) < 0.2;
    if (quiet && now - start > delayMs + 500) return latencies;
    window = { at: now, cpu };
  }
};

export const percentile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
};

export const ms = (value: number): string => `${value.toFixed(0)} ms`;

/**
 * The evidence pack with every section, over HTTP, then its streamed download: time per 100 pages
 * and the server's peak memory (main thread and workers) against their budgets.
 */
export const measurePack = async (
  server: Server,
  line: (name: string, value: string, budget: string, ok: boolean) => void,
  memoryBudgetMb: number | null = 400,
): Promise<void> => {
  const referentials = (await call(server.port, 'referentials.list')).value as { id: number }[];
  const rssBefore = peakRssMb(server.child.pid);
  const rssAtStart = rssMb(server.child.pid);
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
  line('  mémoire du serveur au lancement du dossier', `${rssAtStart.toFixed(0)} Mo`, '—', true);
  line(
    '  pic de mémoire du serveur, dossier compris',
    `${rssPack.toFixed(0)} Mo`,
    memoryBudgetMb === null ? '—' : `${memoryBudgetMb} Mo`,
    memoryBudgetMb === null || rssPack <= memoryBudgetMb,
  );
  line(
    '  pic de mémoire du serveur, téléchargement compris',
    `${rssAfter.toFixed(0)} Mo`,
    memoryBudgetMb === null ? '—' : `${memoryBudgetMb} Mo`,
    memoryBudgetMb === null || rssAfter <= memoryBudgetMb,
  );
};
