// Ensures the better-sqlite3 addon built for Electron's ABI is in .native/ (docs/NATIVE-MODULES.md).
// node_modules/better-sqlite3 keeps its Node build, so tests and browser mode never need a rebuild.
//   node scripts/native.mjs [--platform linux|win32|darwin] [--arch x64|arm64|ia32] [--print-path]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));
const requireFromRoot = createRequire(path.join(root, 'package.json'));
const sqliteFolder = path.join(root, 'node_modules', 'better-sqlite3');
// prebuild-install is better-sqlite3's own dependency: resolve it from there, hoisted or not.
const requireFromSqlite = createRequire(path.join(sqliteFolder, 'package.json'));
const ADDON = 'better_sqlite3.node';
const STAMP = 'better-sqlite3-version.txt';
const platforms = ['linux', 'win32', 'darwin'];
const arches = ['x64', 'arm64', 'ia32'];

const readVersion = (packageFolder) => JSON.parse(fs.readFileSync(path.join(packageFolder, 'package.json'), 'utf8')).version;

export const electronVersion = () => readVersion(path.join(root, 'node_modules', 'electron'));

/** Same layout as electron/main/native.ts (a unit test compares them). */
export const nativeCacheFile = ({ version = electronVersion(), platform = process.platform, arch = process.arch } = {}) =>
  path.join(root, '.native', `electron-${version}-${platform}-${arch}`, ADDON);

// A cached addon built from another better-sqlite3 release would not match its JavaScript.
const isCurrent = (file) => {
  try {
    return fs.statSync(file).size > 0 && fs.readFileSync(path.join(path.dirname(file), STAMP), 'utf8').trim() === readVersion(sqliteFolder);
  } catch {
    return false;
  }
};

const isStackFrame = (line) => /^\s*(?:gyp ERR! stack\s+)?at\s/.test(line);

/** One readable reason from a tool's output: its error message if any, else its last warning. */
const summarize = (output) => {
  const lines = output.split(/\r?\n/).filter((line) => line.trim() !== '' && !isStackFrame(line));
  const first = lines.findIndex((line) => /Error:/.test(line));
  if (first === -1) return lines.findLast((line) => /warn|err/i.test(line)) ?? lines.at(-1) ?? '';
  const prefix = lines[first].match(/^gyp ERR! stack /)?.[0];
  const message = [lines[first]];
  // node-gyp spreads one message over several "gyp ERR! stack" lines.
  for (const line of lines.slice(first + 1)) {
    if (prefix === undefined || !line.startsWith(prefix)) break;
    message.push(line.slice(prefix.length));
  }
  return message.join(' ').slice(0, 300);
};

// Package-origin variables would make prebuild-install believe it runs from a git checkout and skip the download.
const childEnv = () => {
  const env = { ...process.env };
  delete env.npm_package_resolved;
  delete env.npm_package_from;
  return env;
};

const run = (label, args, cwd, timeout) => {
  const result = spawnSync(process.execPath, args, { cwd, env: childEnv(), encoding: 'utf8', timeout });
  if (result.status === 0) return { ok: true };
  const reason = result.error ? result.error.message : summarize(`${result.stdout}\n${result.stderr}`) || `code ${result.status}`;
  return { ok: false, reason: `${label} : ${reason}` };
};

const downloadPrebuilt = (work, target) =>
  run(
    'binaire précompilé',
    [
      requireFromSqlite.resolve('prebuild-install/bin.js'),
      ...['--runtime', 'electron', '--target', target.version, '--arch', target.arch, '--platform', target.platform],
    ],
    work,
    180_000,
  );

const nodeGypScript = () => {
  try {
    return requireFromRoot.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    return process.env.npm_config_node_gyp ?? null;
  }
};

const compileFromSource = (work, target) => {
  if (target.platform !== process.platform)
    return { ok: false, reason: `compilation : impossible depuis ${process.platform} vers ${target.platform}` };
  const script = nodeGypScript();
  if (script === null) return { ok: false, reason: 'compilation : node-gyp est introuvable' };
  return run(
    'compilation',
    [
      script,
      'rebuild',
      '--release',
      '--runtime=electron',
      `--target=${target.version}`,
      `--arch=${target.arch}`,
      '--dist-url=https://electronjs.org/headers',
    ],
    work,
    15 * 60_000,
  );
};

const failureMessage = (target, reasons) =>
  [
    `Sève n’a pas pu préparer le module SQLite (better-sqlite3) pour Electron ${target.version} (${target.platform}-${target.arch}).`,
    'Le téléchargement du binaire précompilé a échoué, puis la compilation locale aussi.',
    'Vérifiez l’accès à github.com et à electronjs.org, ou installez les outils de compilation (Python 3 et un compilateur C++), puis relancez.',
    'Le mode navigateur (« npm run browser ») fonctionne sans ce module.',
    ...reasons.map((reason) => `  • ${reason}`),
    'The better-sqlite3 addon for Electron could not be downloaded or compiled; see docs/NATIVE-MODULES.md.',
  ].join('\n');

/**
 * Returns the cached Electron-ABI addon, fetching the official prebuilt (or compiling it) into the
 * cache first when missing. The work happens on a copy so node_modules keeps its Node build.
 */
export const ensureElectronNative = ({ platform = process.platform, arch = process.arch } = {}) => {
  if (!platforms.includes(platform) || !arches.includes(arch)) {
    return {
      ok: false,
      message: `Cible inconnue : ${platform}-${arch}. Plates-formes : ${platforms.join(', ')} ; architectures : ${arches.join(', ')}.`,
    };
  }
  const target = { version: electronVersion(), platform, arch };
  const file = nativeCacheFile(target);
  if (isCurrent(file)) return { ok: true, file };

  console.log(`Préparation du module SQLite pour Electron ${target.version} (${platform}-${arch})…`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-native-'));
  try {
    const buildFolder = path.join(sqliteFolder, 'build');
    fs.cpSync(sqliteFolder, work, {
      recursive: true,
      filter: (source) => source !== buildFolder && !source.startsWith(buildFolder + path.sep),
    });
    const reasons = [];
    for (const attempt of [downloadPrebuilt, compileFromSource]) {
      const outcome = attempt(work, target);
      const built = path.join(work, 'build', 'Release', ADDON);
      if (outcome.ok && fs.existsSync(built)) {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        const partial = `${file}.${process.pid}.tmp`;
        fs.copyFileSync(built, partial);
        fs.renameSync(partial, file);
        fs.writeFileSync(path.join(path.dirname(file), STAMP), `${readVersion(sqliteFolder)}\n`);
        return { ok: true, file };
      }
      reasons.push(outcome.ok ? `${ADDON} absent après l’étape` : outcome.reason);
    }
    return { ok: false, message: failureMessage(target, reasons) };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
};

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let values;
  try {
    ({ values } = parseArgs({
      options: { platform: { type: 'string' }, arch: { type: 'string' }, 'print-path': { type: 'boolean' } },
      strict: true,
    }));
  } catch (error) {
    console.error(
      `${error.message}\nUsage : node scripts/native.mjs [--platform linux|win32|darwin] [--arch x64|arm64|ia32] [--print-path]`,
    );
    process.exit(2);
  }
  const target = { platform: values.platform ?? process.platform, arch: values.arch ?? process.arch };
  if (values['print-path']) {
    console.log(nativeCacheFile(target));
  } else {
    const outcome = ensureElectronNative(target);
    if (!outcome.ok) {
      console.error(outcome.message);
      process.exit(1);
    }
    console.log(`Module SQLite pour Electron prêt : ${path.relative(root, outcome.file)}`);
  }
}
