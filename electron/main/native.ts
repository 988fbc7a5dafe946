import path from 'node:path';

/** File name of the better-sqlite3 addon, the same in the cache and in a packaged app. */
export const NATIVE_ADDON_FILE = 'better_sqlite3.node';

/**
 * Folder holding the better-sqlite3 addon built for one Electron version, platform and arch.
 * scripts/native.mjs writes to the same place (a test keeps the two in step): node_modules keeps
 * the Node build so tests and browser mode never need a rebuild.
 */
export const nativeCacheFolder = (projectRoot: string, electronVersion: string, platform: string, arch: string): string =>
  path.join(projectRoot, '.native', `electron-${electronVersion}-${platform}-${arch}`);

export type NativeBindingContext = {
  isPackaged: boolean;
  /** process.resourcesPath: electron-builder's extraResources land under it. */
  resourcesPath: string;
  /** app.getAppPath(): the project root when started with `electron .`. */
  appPath: string;
  electronVersion: string;
  platform: string;
  arch: string;
};

/** Path of the Electron-ABI better-sqlite3 addon, passed to better-sqlite3 as `nativeBinding`. */
export const electronNativeBinding = (context: NativeBindingContext): string =>
  context.isPackaged
    ? path.join(context.resourcesPath, 'native', NATIVE_ADDON_FILE)
    : path.join(nativeCacheFolder(context.appPath, context.electronVersion, context.platform, context.arch), NATIVE_ADDON_FILE);
