import type { MenuItemConstructorOptions } from 'electron';

export type MenuOptions = { isMac: boolean; isPackaged: boolean };

const separator: MenuItemConstructorOptions = { type: 'separator' };

/** The French application menu: roles only, so every item behaves as the platform expects. */
export const menuTemplate = ({ isMac, isPackaged }: MenuOptions): MenuItemConstructorOptions[] => {
  const developer: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [
        { role: 'reload', label: 'Recharger' },
        { role: 'forceReload', label: 'Forcer le rechargement' },
        { role: 'toggleDevTools', label: 'Outils de développement' },
        separator,
      ];
  const macApp: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Sève',
          submenu: [
            { role: 'about', label: 'À propos de Sève' },
            separator,
            { role: 'hide', label: 'Masquer Sève' },
            { role: 'hideOthers', label: 'Masquer les autres' },
            { role: 'unhide', label: 'Tout afficher' },
            separator,
            { role: 'quit', label: 'Quitter Sève' },
          ],
        },
      ]
    : [];
  return [
    ...macApp,
    { label: 'Fichier', submenu: [isMac ? { role: 'close', label: 'Fermer la fenêtre' } : { role: 'quit', label: 'Quitter' }] },
    {
      label: 'Édition',
      submenu: [
        { role: 'undo', label: 'Annuler' },
        { role: 'redo', label: 'Rétablir' },
        separator,
        { role: 'cut', label: 'Couper' },
        { role: 'copy', label: 'Copier' },
        { role: 'paste', label: 'Coller' },
        { role: 'selectAll', label: 'Tout sélectionner' },
      ],
    },
    {
      label: 'Affichage',
      submenu: [
        ...developer,
        { role: 'resetZoom', label: 'Taille réelle' },
        { role: 'zoomIn', label: 'Agrandir' },
        { role: 'zoomOut', label: 'Réduire' },
        separator,
        { role: 'togglefullscreen', label: 'Plein écran' },
      ],
    },
    ...(isMac ? [] : [{ label: 'Aide', submenu: [{ role: 'about', label: 'À propos de Sève' }] } satisfies MenuItemConstructorOptions]),
  ];
};
