// `npm run bench`: bundles bench/index.ts (with the backend it measures) and runs it under Node.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { assertLatin1, packWorkerBundle } from './pack-worker-bundle.mjs';

// First the app as `npm run build` makes it (it empties dist/): the screens are measured in
// Chromium against browser mode.
const built = spawnSync(process.execPath, ['scripts/build.mjs', '--quiet'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const outfile = 'dist/bench/bench.cjs';
await build({
  entryPoints: ['bench/index.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // pdfkit and pdf.js load their data files beside their own modules: required at run time, not bundled.
  external: ['better-sqlite3', 'playwright-core', 'pdfkit', 'fontkit', 'pdfjs-dist'],
  loader: { '.sql': 'text' },
  define: { SEVE_VERSION: JSON.stringify('bench') },
  logLevel: 'warning',
});
// The measured server, bundled as scripts/build.mjs bundles browser mode (the benchmark's own
// bundle loads playwright-core: its server would carry it).
await build({
  entryPoints: ['bench/server-child.ts'],
  outfile: 'dist/bench/server.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['better-sqlite3'],
  loader: { '.sql': 'text' },
  define: { SEVE_VERSION: JSON.stringify('bench') },
  logLevel: 'warning',
});
// The evidence pack's worker, bundled as scripts/build.mjs does for the hosts.
await build({ ...packWorkerBundle, outfile: 'dist/bench/pack-worker.cjs', logLevel: 'warning' });
assertLatin1('dist/bench/pack-worker.cjs');
// The backup worker, likewise: backups during the benchmark run off the server's main thread.
await build({
  entryPoints: ['electron/backend/backups/worker.ts'],
  outfile: 'dist/bench/backup-worker.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['better-sqlite3'],
  logLevel: 'warning',
});
// `npm run bench -- --large`: only the file of ten years (built once, then reused from the cache).
const result = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
