import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataFile, documentsFolder } from '../../../electron/backend/paths';
import { resolveStaticPath } from '../../../electron/backend/static';

describe('default data file', () => {
  it('lives in a Sève folder of the Documents folder', () => {
    expect(defaultDataFile('/home/amelie/Documents')).toBe(path.join('/home/amelie/Documents', 'Sève', 'Sève.sqlite'));
  });

  it('follows the localised XDG Documents folder on Linux', () => {
    const config = '# comment\nXDG_DESKTOP_DIR="$HOME/Bureau"\nXDG_DOCUMENTS_DIR="$HOME/Documents personnels"\n';
    expect(documentsFolder('/home/amelie', 'linux', () => config)).toBe('/home/amelie/Documents personnels');
  });

  it('falls back to ~/Documents without XDG configuration, and elsewhere', () => {
    const missing = () => {
      throw new Error('ENOENT');
    };
    expect(documentsFolder('/home/amelie', 'linux', missing)).toBe(path.join('/home/amelie', 'Documents'));
    expect(documentsFolder('/Users/amelie', 'darwin', missing)).toBe(path.join('/Users/amelie', 'Documents'));
  });
});

describe('resolveStaticPath', () => {
  it('refuses any `..` segment instead of collapsing it', () => {
    expect(resolveStaticPath('/srv/app', '/../index.html')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/assets/../index.html')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/assets/app.js')).toBe(path.resolve('/srv/app/assets/app.js'));
    expect(resolveStaticPath('/srv/app', '/')).toBe(path.resolve('/srv/app/index.html'));
  });
});
