// `npm run bench`: bundles bench/index.ts (with the backend it measures) and runs it under Node.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

const outfile = 'dist/bench/bench.cjs';
await build({
  entryPoints: ['bench/index.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['better-sqlite3', 'playwright-core'],
  loader: { '.sql': 'text' },
  define: { SEVE_VERSION: JSON.stringify('bench') },
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, [outfile], { stdio: 'inherit' });
process.exit(result.status ?? 1);
