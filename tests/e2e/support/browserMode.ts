import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { E2E_TODAY } from './today';

export type BrowserModeServer = { url: string; origin: string; token: string; output: () => string; stop: () => Promise<void> };

const root = path.resolve(import.meta.dirname, '../../..');

/**
 * Starts `dist/node/browser.cjs` (what `npm run browser` runs) on `today` (`--today`, the same day for
 * the file and the page, so a test passes on any date) and waits for its URL line. Its preferences
 * (recent files, backup folders) and the examples it creates go to a fresh folder, never the user's own.
 */
export const startBrowserMode = (dbPath: string, extraArgs: string[] = [], today = E2E_TODAY): Promise<BrowserModeServer> =>
  new Promise((resolve, reject) => {
    const configDir = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-e2e-config-'));
    const examplesDir = path.join(configDir, 'Exemples');
    const args = [
      'dist/node/browser.cjs',
      '--db',
      dbPath,
      '--no-open',
      '--config-dir',
      configDir,
      '--examples-dir',
      examplesDir,
      '--today',
      today,
      ...extraArgs,
    ];
    const child: ChildProcess = spawn(process.execPath, args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${output}`)), 20_000);
    const stop = () =>
      new Promise<void>((done) => {
        const finish = () => {
          fs.rmSync(configDir, { recursive: true, force: true });
          done();
        };
        if (child.exitCode !== null) return finish();
        child.once('exit', finish);
        child.kill('SIGTERM');
      });
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const line = output.split('\n').find((candidate) => candidate.startsWith('http://127.0.0.1:'));
      if (!line) return;
      clearTimeout(timer);
      const url = new URL(line.trim());
      resolve({ url: url.href, origin: url.origin, token: url.searchParams.get('t') ?? '', output: () => output, stop });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited with ${code}:\n${output}`));
    });
  });
