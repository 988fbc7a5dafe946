import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const electronPackage = path.join(root, 'node_modules', 'electron');

const runtimeInstalled = (() => {
  try {
    return fs.existsSync(path.join(electronPackage, 'dist', fs.readFileSync(path.join(electronPackage, 'path.txt'), 'utf8').trim()));
  } catch {
    return false;
  }
})();

// This runs the real script with no Electron runtime, as on machines that installed offline. Where
// the runtime is installed, `npm start` would open the app instead, so there is nothing to assert.
describe.skipIf(runtimeInstalled)('npm start without Electron’s runtime', () => {
  it('explains in French how to fix it and how to use browser mode, without a stack trace', () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      ELECTRON_SKIP_BINARY_DOWNLOAD: '1',
      // Belt and braces: any accidental download would hit a closed local port instead of the network.
      HTTP_PROXY: 'http://127.0.0.1:9',
      HTTPS_PROXY: 'http://127.0.0.1:9',
      http_proxy: 'http://127.0.0.1:9',
      https_proxy: 'http://127.0.0.1:9',
      ELECTRON_GET_USE_PROXY: '1',
    };
    const result = spawnSync(process.execPath, [path.join(root, 'scripts', 'start.mjs'), '--db', 'essai.sqlite'], {
      cwd: root,
      env,
      encoding: 'utf8',
      timeout: 30_000,
    });
    const output = `${result.stdout}\n${result.stderr}`;

    expect(result.error).toBeUndefined();
    expect(result.status).not.toBe(0);
    expect(output).toContain('le moteur Electron n’est pas installé');
    expect(output).toContain('npm install');
    expect(output).toContain('npm run browser');
    expect(output).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD');
    expect(output).toMatch(/Electron’s runtime is not installed/);
    expect(output).not.toMatch(/^\s{4}at /m);
    expect(output).not.toContain('Téléchargement');
    // Nothing was built or prepared before the runtime check failed.
    expect(output).not.toContain('module SQLite');
  });
});
