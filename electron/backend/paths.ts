import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Where a new user's data file lives: a "Sève" folder in their Documents. */
export const defaultDataFile = (documentsFolder: string): string => path.join(documentsFolder, 'Sève', 'Sève.sqlite');

/**
 * The Documents folder for hosts without Electron's `app.getPath('documents')`: on Linux the
 * XDG user folder (often localised, e.g. ~/Documents or ~/Documenti), elsewhere ~/Documents.
 */
export const documentsFolder = (
  home = os.homedir(),
  platform = process.platform,
  readFile = (file: string) => fs.readFileSync(file, 'utf8'),
): string => {
  if (platform === 'linux') {
    try {
      const config = readFile(path.join(process.env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'user-dirs.dirs'));
      const match = /^XDG_DOCUMENTS_DIR="([^"]+)"/m.exec(config);
      if (match?.[1]) return path.resolve(match[1].replace(/^\$HOME/, home));
    } catch {
      // No XDG configuration: fall back to ~/Documents.
    }
  }
  return path.join(home, 'Documents');
};

/**
 * This computer's settings folder for Sève (recent files, backup folders): the folder Electron's
 * `app.getPath('userData')` gives, so the desktop app and browser mode share their recent files.
 */
export const configFolder = (home = os.homedir(), platform = process.platform, env = process.env): string => {
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), 'Sève');
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'Sève');
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), 'Sève');
};
