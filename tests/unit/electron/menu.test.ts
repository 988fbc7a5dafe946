import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../../electron/main/menu';

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [...(item.role ? [item.role] : []), ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]);

describe('menuTemplate', () => {
  it('offers reload and developer tools only in development', () => {
    expect(roles(menuTemplate({ isMac: false, isPackaged: false }))).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    const packaged = roles(menuTemplate({ isMac: false, isPackaged: true }));
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('forceReload');
    expect(packaged).not.toContain('toggleDevTools');
  });

  it('labels the menus in French with Quitter and À propos', () => {
    const template = menuTemplate({ isMac: false, isPackaged: true });
    expect(template.map((item) => item.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
    expect(roles(template)).toEqual(expect.arrayContaining(['quit', 'about', 'copy', 'paste']));
  });

  it('follows the macOS convention of an application menu', () => {
    const template = menuTemplate({ isMac: true, isPackaged: true });
    expect(template[0]?.label).toBe('Sève');
    expect(roles(template).filter((role) => role === 'quit')).toHaveLength(1);
  });
});

describe('the Fichier menu', () => {
  it('offers new, open, recent files and a copy, each calling its action', () => {
    const calls: string[] = [];
    const template = menuTemplate({
      isMac: false,
      isPackaged: true,
      file: {
        newFile: () => calls.push('new'),
        openFile: () => calls.push('open'),
        saveCopy: () => calls.push('copy'),
        openRecent: (filePath) => calls.push(`recent ${filePath}`),
        recent: ['/home/marie/a.sqlite', '/home/marie/b.sqlite'],
      },
    });
    const file = template[0]?.submenu as MenuItemConstructorOptions[];
    expect(file.map((item) => item.label ?? item.role ?? item.type)).toEqual([
      'Nouveau fichier…',
      'Ouvrir…',
      'Fichiers récents',
      'separator',
      'Enregistrer une copie sous…',
      'separator',
      'Quitter',
    ]);
    const click = (item: MenuItemConstructorOptions | undefined) => (item?.click as (() => void) | undefined)?.();
    click(file[0]);
    click(file[1]);
    click(file[4]);
    const recent = file[2]?.submenu as MenuItemConstructorOptions[];
    expect(recent.map((item) => item.label)).toEqual(['/home/marie/a.sqlite', '/home/marie/b.sqlite']);
    click(recent[1]);
    expect(calls).toEqual(['new', 'open', 'copy', 'recent /home/marie/b.sqlite']);
  });
});
