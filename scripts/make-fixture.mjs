// `node scripts/make-fixture.mjs N COMMIT`: makes tests/fixtures/schema-N.sqlite with the code of
// COMMIT (where schema N was the latest), by checking it out in a temporary worktree and running
// tests/fixtures/make/fixture.ts there. Never regenerate a fixture that has landed.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const [version, commit] = process.argv.slice(2);
if (!version || !commit) {
  console.error('Usage : node scripts/make-fixture.mjs N COMMIT');
  process.exit(2);
}
const root = fileURLToPath(new URL('..', import.meta.url));
const target = path.join(root, 'tests', 'fixtures', `schema-${version}.sqlite`);
if (fs.existsSync(target)) {
  console.error(`${target} existe déjà : une fixture ne se régénère pas.`);
  process.exit(1);
}
const worktree = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-fixture-'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-fixture-out-'));
try {
  execFileSync('git', ['worktree', 'add', '--detach', worktree, commit], { cwd: root, stdio: 'inherit' });
  fs.mkdirSync(path.join(worktree, 'tests', 'fixtures', 'make'), { recursive: true });
  fs.copyFileSync(
    path.join(root, 'tests', 'fixtures', 'make', 'fixture.ts'),
    path.join(worktree, 'tests', 'fixtures', 'make', 'fixture.ts'),
  );
  const bundle = path.join(root, 'node_modules', '.cache', 'seve-fixture.cjs');
  await build({
    entryPoints: [path.join(worktree, 'tests', 'fixtures', 'make', 'fixture.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['better-sqlite3'],
    loader: { '.sql': 'text' },
    nodePaths: [path.join(root, 'node_modules')],
    logLevel: 'warning',
  });
  const out = path.join(work, `schema-${version}.sqlite`);
  const run = spawnSync(process.execPath, [bundle, out], { stdio: 'inherit' });
  if (run.status === 0) {
    fs.copyFileSync(out, target);
    console.log(`Écrit : ${target}`);
  } else process.exitCode = run.status ?? 1;
} finally {
  spawnSync('git', ['worktree', 'remove', '--force', worktree], { cwd: root });
  fs.rmSync(work, { recursive: true, force: true });
}
