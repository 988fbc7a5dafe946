// `npm run pack-images`: bundles tests/docs/packImages.ts (the pack tests' realistic year and the
// backend) and runs it: the evidence pack's pages shown in docs/USER-GUIDE.md, rendered by pdftoppm.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

const outfile = 'dist/pack-images/pack-images.mjs';
await build({
  entryPoints: ['tests/docs/packImages.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['better-sqlite3', 'pdfkit', 'fontkit', 'esbuild', 'pdfjs-dist'],
  loader: { '.sql': 'text', '.ttf': 'binary' },
  define: { SEVE_VERSION: JSON.stringify('pack-images') },
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, [outfile], { stdio: 'inherit' });
process.exit(result.status ?? 1);
