import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const built = new Map<string, Promise<string>>();

/**
 * A worker script bundled as the hosts bundle it (scripts/build.mjs): a worker thread runs plain
 * JavaScript, so each test process builds the real worker once and points the session at it.
 */
const bundledWorker = (entry: string, name: string, external: string[]): Promise<string> => {
  const known = built.get(name);
  if (known) return known;
  const building = (async () => {
    // Inside the project, so the bundle's externals (pdfkit, better-sqlite3) resolve from its node_modules.
    const folder = path.resolve('node_modules/.cache/seve-pack-worker');
    fs.mkdirSync(folder, { recursive: true });
    const outfile = path.join(folder, `${name}.cjs`);
    const partial = path.join(folder, `${name}.${process.pid}.partiel.cjs`);
    await build({
      entryPoints: [path.resolve(entry)],
      outfile: partial,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external,
      loader: { '.sql': 'text', '.ttf': 'binary' },
      logLevel: 'warning',
    });
    // Test files run in parallel processes: each renames its identical bundle into place, atomically,
    // so a worker starting meanwhile reads a whole file and nothing piles up between runs.
    fs.renameSync(partial, outfile);
    return outfile;
  })();
  built.set(name, building);
  return building;
};

/** The PDF worker. */
export const packWorkerPath = (): Promise<string> =>
  bundledWorker('electron/backend/pack/worker.ts', 'pack-worker', ['better-sqlite3', 'pdfkit', 'fontkit']);

/** The backup worker (copy and integrity check off the main thread). */
export const backupWorkerPath = (): Promise<string> =>
  bundledWorker('electron/backend/backups/worker.ts', 'backup-worker', ['better-sqlite3']);
