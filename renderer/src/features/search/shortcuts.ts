/**
 * The keyboard's ways around Sève, one list for the handler (app/useShortcuts.ts) and the « ? »
 * sheet. A screen shortcut is « g » then a letter, as in most web applications, so it never takes a
 * key a field or the browser needs.
 */
export const screenShortcuts = [
  { keys: ['g', 'a'], path: '/a-faire', label: 'agenda.nav' },
  { keys: ['g', 'd'], path: '/documents', label: 'nav.documents' },
  { keys: ['g', 'u'], path: '/audits', label: 'audits.nav' },
  { keys: ['g', 'n'], path: '/non-conformites', label: 'nonconformities.nav' },
  { keys: ['g', 'p'], path: '/plan-actions', label: 'actions.nav' },
  { keys: ['g', 'r'], path: '/reclamations', label: 'complaints.nav' },
  { keys: ['g', 'i'], path: '/indicateurs', label: 'indicators.nav' },
  { keys: ['g', 'e'], path: '/dossier-de-preuves', label: 'pack.nav' },
] as const;

export const globalShortcuts = [
  { keys: ['Ctrl', 'K'], label: 'shortcuts.palette' },
  { keys: ['Ctrl', 'Z'], label: 'shortcuts.undo' },
  { keys: ['?'], label: 'shortcuts.sheet' },
  { keys: ['Esc'], label: 'shortcuts.close' },
] as const;
