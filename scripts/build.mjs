// Builds everything `npm start`, `npm run browser` and `npm run dist` need into dist/:
// the renderer with Vite, and the Node/Electron entry points bundled with esbuild.
import { readFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';
import { assertLatin1, packWorkerBundle } from './pack-worker-bundle.mjs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const quiet = process.argv.includes('--quiet');

const nodeEntry = (entryPoint, outfile, external) =>
  esbuild({
    entryPoints: [entryPoint],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    sourcemap: true,
    external,
    loader: { '.sql': 'text', '.ttf': 'binary' },
    define: { SEVE_VERSION: JSON.stringify(version) },
    logLevel: quiet ? 'warning' : 'info',
  });

const packWorker = (outfile) =>
  esbuild({ ...packWorkerBundle, outfile, sourcemap: true, logLevel: quiet ? 'warning' : 'info' }).then(() => assertLatin1(outfile));

await rm(new URL('../dist', import.meta.url), { recursive: true, force: true });
await viteBuild({ configFile: new URL('../vite.config.ts', import.meta.url).pathname, logLevel: quiet ? 'warn' : 'info' });
await Promise.all([
  nodeEntry('electron/main/index.ts', 'dist/electron/main.cjs', ['electron', 'better-sqlite3']),
  nodeEntry('electron/preload/index.ts', 'dist/electron/preload.cjs', ['electron']),
  nodeEntry('scripts/browser.ts', 'dist/node/browser.cjs', ['better-sqlite3']),
  // The PDF worker runs beside each host's bundle.
  packWorker('dist/electron/pack-worker.cjs'),
  packWorker('dist/node/pack-worker.cjs'),
  // The backup worker copies and checks the data file off the main thread, beside each host's bundle too.
  nodeEntry('electron/backend/backups/worker.ts', 'dist/electron/backup-worker.cjs', ['better-sqlite3']),
  nodeEntry('electron/backend/backups/worker.ts', 'dist/node/backup-worker.cjs', ['better-sqlite3']),
]);
