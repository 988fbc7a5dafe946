import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronNativeBinding, nativeCacheFolder } from '../../../electron/main/native';

const context = {
  resourcesPath: '/opt/Sève/resources',
  appPath: '/home/dev/seve',
  electronVersion: '42.11.18',
  platform: 'linux',
  arch: 'x64',
};

describe('electronNativeBinding', () => {
  it('uses the .native cache in development', () => {
    expect(electronNativeBinding({ ...context, isPackaged: false })).toBe(
      path.join('/home/dev/seve', '.native', 'electron-42.11.18-linux-x64', 'better_sqlite3.node'),
    );
  });

  it('uses the extraResources copy in a packaged app', () => {
    expect(electronNativeBinding({ ...context, isPackaged: true })).toBe(path.join('/opt/Sève/resources', 'native', 'better_sqlite3.node'));
  });

  it('keeps one folder per Electron version, platform and arch', () => {
    expect(nativeCacheFolder('/r', '42.0.0', 'win32', 'arm64')).toBe(path.join('/r', '.native', 'electron-42.0.0-win32-arm64'));
  });
});
