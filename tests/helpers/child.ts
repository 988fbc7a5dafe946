import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '../..');
// Inside node_modules so the bundle's require('better-sqlite3') finds the project's own addon.
const outFolder = path.join(root, 'node_modules', '.cache', 'seve-tests');

/** Bundles a TypeScript entry (real backend code, migrations as text) into a script a child `node` can run. */
export const bundleChildScript = async (entry: string): Promise<string> => {
  fs.mkdirSync(outFolder, { recursive: true });
  const outfile = path.join(outFolder, `${path.basename(entry, '.ts')}-${process.pid}.cjs`);
  await build({
    entryPoints: [path.resolve(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3'],
    loader: { '.sql': 'text' },
    logLevel: 'warning',
  });
  process.once('exit', () => fs.rmSync(outfile, { force: true }));
  return outfile;
};

export type ChildLines = {
  child: ChildProcess;
  lines: string[];
  waitFor: (predicate: (line: string) => boolean, timeoutMs?: number) => Promise<string>;
};

/** Runs a bundled script and collects its stdout lines; `waitFor` resolves on the first matching line. */
export const runChild = (script: string, args: string[]): ChildLines => {
  const child = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  let buffer = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    const parts = buffer.split('\n');
    buffer = parts.pop() ?? '';
    lines.push(...parts);
    for (const wake of waiters) wake();
  });
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const waitFor = (predicate: (line: string) => boolean, timeoutMs = 20_000): Promise<string> =>
    new Promise((resolve, reject) => {
      const check = () => {
        const found = lines.find(predicate);
        if (found !== undefined) {
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        }
      };
      const timer = setTimeout(() => {
        waiters.delete(check);
        reject(new Error(`child did not print the expected line:\n${lines.join('\n')}\n${stderr}`));
      }, timeoutMs);
      waiters.add(check);
      check();
    });
  return { child, lines, waitFor };
};

/** Resolves when the child has exited (at once if it already has). */
export const exited = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
