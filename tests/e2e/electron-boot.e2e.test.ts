import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nativeCacheFolder, NATIVE_ADDON_FILE } from '../../electron/main/native';
import { ipcChannel } from '../../shared/api/bridge';
import { methodNames } from '../../shared/api/contract';
import type { BootReport } from './support/electronStandIn';

const root = path.resolve(import.meta.dirname, '../..');
const mainBundle = path.join(root, 'dist/electron/main.cjs');
const electronVersion = (JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string })
  .version;

type Report = BootReport & {
  crash?: string;
  probes: { indexStatus?: number; indexCsp?: string; indexStart?: string; escape?: number; appInfo?: unknown };
};

/**
 * The Electron boot sequence (electron/main/index.ts, built to dist/electron/main.cjs) run for real
 * against a stand-in of the Electron API — Electron's runtime is the one thing that cannot run
 * here, so only it is stood in for (tests/e2e/support/electronStandIn.ts). The backend, SQLite,
 * the better-sqlite3 addon loaded through the `nativeBinding` path, and the built renderer are real.
 */
describe('the desktop app’s boot sequence, against a stand-in of Electron', () => {
  let dir: string;
  let runner: string;
  let appPath: string;

  const boot = (options: { lock?: boolean; dataFile: string }): Report => {
    const reportPath = path.join(dir, `report-${Math.random().toString(36).slice(2)}.json`);
    const paths = { documents: dir, userData: path.join(dir, 'userData'), temp: path.join(dir, 'temp') };
    const scenario = { mainBundle, lock: options.lock ?? true, appPath, paths, electronVersion, dataFile: options.dataFile, reportPath };
    const run = spawnSync(process.execPath, [runner], { env: { ...process.env, SEVE_BOOT: JSON.stringify(scenario) }, encoding: 'utf8' });
    if (!fs.existsSync(reportPath)) throw new Error(`boot did not report (${run.status}):\n${run.stdout}\n${run.stderr}`);
    const report = JSON.parse(fs.readFileSync(reportPath, 'utf8')) as Report;
    if (report.crash) throw new Error(report.crash);
    return report;
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-e2e-boot-'));
    runner = path.join(dir, 'boot.cjs');
    await build({
      entryPoints: [path.join(import.meta.dirname, 'support/electronBoot.ts')],
      outfile: runner,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      logLevel: 'warning',
    });
    // `npm start` builds the addon for Electron into .native/; here Node's own build stands in for it.
    appPath = path.join(dir, 'app');
    const folder = nativeCacheFolder(appPath, electronVersion, process.platform, process.arch);
    fs.mkdirSync(folder, { recursive: true });
    fs.copyFileSync(path.join(root, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node'), path.join(folder, NATIVE_ADDON_FILE));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe('a normal start on a new file', () => {
    let report: Report;
    beforeAll(() => {
      report = boot({ dataFile: path.join(dir, 'qualite.sqlite') });
    });

    it('takes the single-instance lock, enables the sandbox and registers app:// before the app is ready', () => {
      expect(report.lockRequested).toBe(true);
      expect(report.sandboxEnabled).toBe(true);
      expect(report.privilegedSchemes).toEqual(['app']);
      expect(report.errorBoxes).toEqual([]);
    });

    it('opens one window with the secure webPreferences, on the app:// page, guarded against navigation', () => {
      expect(report.windows).toHaveLength(1);
      expect(report.windows[0]?.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        preload: path.join(root, 'dist/electron/preload.cjs'),
      });
      expect(report.windows[0]?.loaded).toEqual(['app://seve/index.html']);
      expect(report.guards[0]).toEqual({ events: expect.arrayContaining(['will-navigate', 'will-redirect']), windowOpenHandled: true });
      expect(report.permissionHandlerSet).toBe(true);
    });

    it('registers exactly one IPC handler per contract method', () => {
      expect([...report.ipcChannels].sort()).toEqual(methodNames.map(ipcChannel).sort());
      expect(new Set(report.ipcChannels).size).toBe(report.ipcChannels.length);
    });

    it('serves the built renderer on app:// with its CSP, and nothing outside it', () => {
      expect(report.probes.indexStatus).toBe(200);
      expect(report.probes.indexCsp).toContain("default-src 'self'");
      expect(report.probes.indexStart).toContain('<!doctype html>');
      expect(report.probes.escape).toBe(404);
    });

    it('answers the window over IPC from the file it opened', () => {
      expect(report.probes.appInfo).toMatchObject({
        ok: true,
        value: { file: { status: 'open', path: path.join(dir, 'qualite.sqlite') } },
      });
    });
  });

  it('leaves at once when another Sève holds the lock: no window, no file opened', () => {
    const dataFile = path.join(dir, 'second.sqlite');
    const report = boot({ lock: false, dataFile });
    expect(report.quit).toBe(true);
    expect(report.windows).toEqual([]);
    expect(report.ipcChannels).toEqual([]);
    expect(fs.existsSync(dataFile)).toBe(false);
  });

  it('still opens the window on a refused file, which explains the refusal in French', () => {
    const dataFile = path.join(dir, 'pas-un-fichier-seve.sqlite');
    fs.writeFileSync(dataFile, 'Ceci est un texte, pas une base Sève.\n');
    const report = boot({ dataFile });
    expect(report.errorBoxes).toEqual([]);
    expect(report.windows).toHaveLength(1);
    expect(report.probes.appInfo).toMatchObject({ ok: true, value: { file: { status: 'error', message: expect.stringMatching(/Sève/) } } });
    expect(fs.readFileSync(dataFile, 'utf8')).toBe('Ceci est un texte, pas une base Sève.\n');
  });
});
