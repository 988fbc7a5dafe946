// `npm run dist`: prepares the Electron build of better-sqlite3 for every target, builds, then
// packages with electron-builder. Arguments are forwarded (npm run dist -- --win --x64).
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronVersion, ensureElectronNative } from './native.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const requireFromRoot = createRequire(path.join(root, 'package.json'));

const platformFlags = {
  '--linux': 'linux',
  '-l': 'linux',
  '--win': 'win32',
  '--windows': 'win32',
  '-w': 'win32',
  '--mac': 'darwin',
  '--macos': 'darwin',
  '-m': 'darwin',
};
const archFlags = { '--x64': 'x64', '--arm64': 'arm64', '--ia32': 'ia32' };

/** The platform × arch pairs electron-builder will package, as it reads the same flags (default: this machine). */
const targetsOf = (args) => {
  const platforms = [...new Set(args.flatMap((arg) => platformFlags[arg] ?? []))];
  const arches = [...new Set(args.flatMap((arg) => archFlags[arg] ?? []))];
  return (platforms.length ? platforms : [process.platform]).flatMap((platform) =>
    (arches.length ? arches : [process.arch]).map((arch) => ({ platform, arch })),
  );
};

const args = process.argv.slice(2);
if (args.includes('--universal')) {
  console.error('Les paquets macOS « universal » ne sont pas pris en charge : construisez --x64 et --arm64 séparément.');
  process.exit(2);
}

for (const target of targetsOf(args)) {
  const native = ensureElectronNative(target);
  if (!native.ok) {
    console.error(native.message);
    process.exit(1);
  }
}

const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--quiet'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

// electron-builder.yml picks the addon from .native/ through this variable (its macros know no Electron version).
const builder = spawnSync(process.execPath, [requireFromRoot.resolve('electron-builder/cli.js'), ...args], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SEVE_ELECTRON_VERSION: electronVersion() },
});
process.exit(builder.status ?? 1);
