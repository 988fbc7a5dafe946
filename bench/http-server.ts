import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApi } from '../electron/backend/api';
import { startHttpHost } from '../electron/backend/http';
import { createSession } from '../electron/backend/session';

export const BENCH_TOKEN = 'jeton-du-banc-d-essai-0123456789abcdef';

/**
 * Runs in a child process (`bench/server-child.ts`, bundled alone): browser mode's backend and HTTP host as
 * `npm run browser` starts them (the bundled PDF and backup workers beside this bundle), so the
 * figures include HTTP and the server's memory is its own. Prints its port and the opening time.
 */
export const runServerChild = async (dbPath: string, preferencesFolder: string, outputFolder: string): Promise<void> => {
  const started = performance.now();
  const session = createSession({
    host: 'browser',
    appVersion: 'bench',
    account: 'bench',
    // The business day is fixed; the clock runs, as in the app.
    now: () => new Date(Date.parse('2026-11-26T10:00:00Z') + (performance.now() - started)),
    preferencesFolder,
    typedPaths: true,
    pack: { workerPath: path.join(__dirname, 'pack-worker.cjs'), outputFolder },
    backupWorker: path.join(__dirname, 'backup-worker.cjs'),
  });
  await session.open(dbPath);
  const openedMs = performance.now() - started;
  const api = createApi(session, (message, error) => console.error(message, error));
  const staticRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-bench-static-'));
  const host = await startHttpHost({ api, staticRoot, token: BENCH_TOKEN, port: 0 });
  process.stdout.write(`${JSON.stringify({ port: host.port, openedMs })}\n`);
  process.on('SIGTERM', () => {
    void host.close().then(() => {
      session.close();
      fs.rmSync(staticRoot, { recursive: true, force: true });
      process.exit(0);
    });
  });
};
