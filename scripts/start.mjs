// `npm start`: checks Electron's runtime, prepares the Electron build of better-sqlite3, builds,
// then runs the desktop app. Arguments are forwarded (npm start -- --db FICHIER).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureElectronNative } from './native.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const electronPackage = path.join(root, 'node_modules', 'electron');
const DOWNLOAD_TIMEOUT_MS = 5 * 60_000;

/** The Electron executable, or null when `npm install` could not fetch it (offline, or download skipped). */
const electronRuntime = () => {
  try {
    const relative = fs.readFileSync(path.join(electronPackage, 'path.txt'), 'utf8').trim();
    const executable = path.join(electronPackage, 'dist', relative);
    return relative !== '' && fs.existsSync(executable) ? executable : null;
  } catch {
    return null;
  }
};

// Electron's installer prints a full stack trace on failure: keep only its message.
const firstErrorLine = (output) => output.split(/\r?\n/).find((line) => line.trim() !== '' && !/^\s+at\s/.test(line)) ?? '';

const downloadRuntime = () => {
  console.log('Le moteur Electron est absent : tentative de téléchargement…');
  const result = spawnSync(process.execPath, [path.join(electronPackage, 'install.js')], {
    cwd: electronPackage,
    encoding: 'utf8',
    timeout: DOWNLOAD_TIMEOUT_MS,
  });
  if (result.status === 0) return '';
  return result.error ? result.error.message : firstErrorLine(result.stderr ?? '');
};

const missingRuntimeMessage = (skipped, detail) =>
  [
    'Sève ne peut pas démarrer en application de bureau : le moteur Electron n’est pas installé sur ce poste ' +
      '(node_modules/electron ne contient pas son exécutable, ce qui arrive après une installation hors ligne). ' +
      (skipped ? 'La variable ELECTRON_SKIP_BINARY_DOWNLOAD est définie : retirez-la avant de réinstaller. ' : '') +
      'Pour l’installer, relancez « npm install » avec un accès à Internet, ou supprimez le dossier node_modules/electron ' +
      'puis relancez « npm install ». En attendant, utilisez Sève dans votre navigateur avec « npm run browser » : ' +
      'c’est la même application, sur le même fichier de données.',
    ...(detail ? [`Détail du téléchargement : ${detail}`] : []),
    'Electron’s runtime is not installed (offline install): run `npm install` with network access, or use `npm run browser`.',
  ].join('\n');

const launch = (executable, args) => {
  const env = { ...process.env };
  // Left over from a parent tool, it would make Electron behave as plain Node and ignore the app.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(executable, ['.', ...args], { cwd: root, stdio: 'inherit', env });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`Impossible de lancer Electron (${executable}) : ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
};

const main = () => {
  let executable = electronRuntime();
  if (executable === null) {
    const skipped = Boolean(process.env.ELECTRON_SKIP_BINARY_DOWNLOAD);
    const detail = skipped ? '' : downloadRuntime();
    executable = electronRuntime();
    if (executable === null) {
      console.error(missingRuntimeMessage(skipped, detail));
      process.exit(1);
    }
  }

  const native = ensureElectronNative();
  if (!native.ok) {
    console.error(native.message);
    process.exit(1);
  }

  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--quiet'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) {
    console.error('La construction de Sève a échoué : voir les messages ci-dessus.');
    process.exit(build.status ?? 1);
  }

  launch(executable, process.argv.slice(2));
};

try {
  main();
} catch (error) {
  console.error(`Sève n’a pas pu démarrer : ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
