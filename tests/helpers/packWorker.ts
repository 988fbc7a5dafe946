import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

let built: Promise<string> | null = null;

/**
 * The PDF worker bundled as the hosts bundle it (scripts/build.mjs): a worker thread runs plain
 * JavaScript, so each test process builds the real worker once and points the session at it.
 */
export const packWorkerPath = (): Promise<string> => {
  built ??= (async () => {
    // Inside the project, so the bundle's externals (pdfkit, better-sqlite3) resolve from its node_modules.
    const folder = path.resolve('node_modules/.cache/seve-pack-worker');
    fs.mkdirSync(folder, { recursive: true });
    const outfile = path.join(folder, 'pack-worker.cjs');
    const partial = path.join(folder, `pack-worker.${process.pid}.partiel.cjs`);
    await build({
      entryPoints: [path.resolve('electron/backend/pack/worker.ts')],
      outfile: partial,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['better-sqlite3', 'pdfkit', 'fontkit'],
      loader: { '.sql': 'text', '.ttf': 'binary' },
      logLevel: 'warning',
    });
    // Test files run in parallel processes: each renames its identical bundle into place, atomically,
    // so a worker starting meanwhile reads a whole file and nothing piles up between runs.
    fs.renameSync(partial, outfile);
    return outfile;
  })();
  return built;
};
