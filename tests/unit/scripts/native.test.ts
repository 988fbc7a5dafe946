import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronNativeBinding } from '../../../electron/main/native';

const root = path.resolve(import.meta.dirname, '../../..');
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version as string;

const printPath = (...args: string[]) =>
  spawnSync(process.execPath, [path.join(root, 'scripts', 'native.mjs'), '--print-path', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 30_000,
  });

describe('scripts/native.mjs and electron/main/native.ts', () => {
  it.each([
    ['linux', 'x64'],
    ['win32', 'arm64'],
    ['darwin', 'arm64'],
  ])('agree on where the Electron addon lives for %s-%s', (platform, arch) => {
    const result = printPath('--platform', platform, '--arch', arch);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(
      electronNativeBinding({ isPackaged: false, resourcesPath: '', appPath: root, electronVersion, platform, arch }),
    );
  });

  it('rejects unknown options with a usage line and no stack trace', () => {
    const result = printPath('--bogus');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage : node scripts/native.mjs');
    expect(result.stderr).not.toMatch(/^\s{4}at /m);
  });
});
