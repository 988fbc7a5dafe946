import type { MenuItemConstructorOptions } from 'electron';

/** What the Fichier menu does; the main process shows the dialogs and opens the file. */
export type FileMenuActions = {
  newFile: () => void;
  openFile: () => void;
  saveCopy: () => void;
  openRecent: (filePath: string) => void;
  /** Paths of the recent files, newest first. */
  recent: readonly string[];
};

export type MenuOptions = { isMac: boolean; isPackaged: boolean; file?: FileMenuActions };

const separator: MenuItemConstructorOptions = { type: 'separator' };

const fileItems = (file: FileMenuActions | undefined): MenuItemConstructorOptions[] =>
  file === undefined
    ? []
    : [
        { label: 'Nouveau fichier…', accelerator: 'CmdOrCtrl+N', click: () => file.newFile() },
        { label: 'Ouvrir…', accelerator: 'CmdOrCtrl+O', click: () => file.openFile() },
        {
          label: 'Fichiers récents',
          enabled: file.recent.length > 0,
          submenu: file.recent.map((filePath) => ({ label: filePath, click: () => file.openRecent(filePath) })),
        },
        separator,
        { label: 'Enregistrer une copie sous…', accelerator: 'CmdOrCtrl+Shift+S', click: () => file.saveCopy() },
        separator,
      ];

/** The French application menu: platform roles, plus the file commands (new, open, recent, a copy). */
export const menuTemplate = ({ isMac, isPackaged, file }: MenuOptions): MenuItemConstructorOptions[] => {
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
    {
      label: 'Fichier',
      submenu: [...fileItems(file), isMac ? { role: 'close', label: 'Fermer la fenêtre' } : { role: 'quit', label: 'Quitter' }],
    },
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
