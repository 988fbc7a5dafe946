import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

let built: Promise<string> | null = null;

/**
 * The PDF worker bundled as the hosts bundle it (scripts/build.mjs): a worker thread runs plain
 * JavaScript, so tests build the real worker once per test process and point the session at it.
 */
export const packWorkerPath = (): Promise<string> => {
  built ??= (async () => {
    // Inside the project, so the bundle's externals (pdfkit, better-sqlite3) resolve from its node_modules.
    const cache = path.resolve('node_modules/.cache');
    fs.mkdirSync(cache, { recursive: true });
    const folder = fs.mkdtempSync(path.join(cache, 'seve-pack-worker-'));
    const outfile = path.join(folder, 'pack-worker.cjs');
    await build({
      entryPoints: [path.resolve('electron/backend/pack/worker.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['better-sqlite3', 'pdfkit', 'fontkit'],
      loader: { '.sql': 'text', '.ttf': 'binary' },
      logLevel: 'warning',
    });
    process.once('exit', () => fs.rmSync(folder, { recursive: true, force: true }));
    return outfile;
  })();
  return built;
};
