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
