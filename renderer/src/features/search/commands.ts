import type { Messages } from '../../i18n/fr';

/** What a command may do besides opening a page. */
export type CommandContext = { navigate: (path: string) => void; showShortcuts: () => void; undo: () => void };

/** An i18n key of the commands' messages. */
export type CommandLabel = `commands.${keyof Messages['commands']}`;

export type Command = { id: string; label: CommandLabel; run: (context: CommandContext) => void };

const go = (id: string, label: CommandLabel, path: string): Command => ({ id, label, run: ({ navigate }) => navigate(path) });

/** The palette's commands (Ctrl+K), by their i18n key; typed words filter them like records. */
export const commands: Command[] = [
  go('new-nonconformity', 'commands.newNonconformity', '/non-conformites/nouvelle'),
  go('new-document', 'commands.newDocument', '/documents/nouveau'),
  go('new-audit', 'commands.newAudit', '/audits/nouveau'),
  go('new-indicator', 'commands.newIndicator', '/indicateurs/nouveau'),
  go('new-review', 'commands.newReview', '/revues-de-direction/nouvelle'),
  go('go-agenda', 'commands.goAgenda', '/a-faire'),
  go('go-actions', 'commands.goActions', '/plan-actions'),
  go('go-nonconformities', 'commands.goNonconformities', '/non-conformites'),
  go('go-complaints', 'commands.goComplaints', '/reclamations'),
  go('go-audits', 'commands.goAudits', '/audits'),
  go('go-programme', 'commands.goProgramme', '/audits/programme'),
  go('export-pack', 'commands.exportPack', '/dossier-de-preuves'),
  go('backups', 'commands.backups', '/fichier'),
  { id: 'undo', label: 'commands.undo', run: ({ undo }) => undo() },
  { id: 'shortcuts', label: 'commands.shortcuts', run: ({ showShortcuts }) => showShortcuts() },
];
