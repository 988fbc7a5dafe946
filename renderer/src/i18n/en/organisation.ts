import type { Messages } from '../fr';

/** English messages: organisation; keys mirror the French ones. */
export const organisationMessages: Pick<Messages, 'organisation'> = {
  organisation: {
    title: 'Organisation',
    subtitle: 'The organisation whose quality system this file holds.',
    name: 'Organisation name',
    namePlaceholder: 'Work-integration association…',
    file: 'Data file',
    fileHelp:
      'The whole quality system is in this file. Sève backs it up automatically; the “File and backups” screen lists its backups, restores them and saves a copy elsewhere (USB key).',
    schema: 'Schema version',
    appVersion: 'Sève version',
    language: 'Interface language',
    indiceHelp: 'Applies to the next versions; existing versions keep their number.',
    saved: 'Organisation settings saved.',
    history: 'History of the organisation and the file',
    historyField: {
      name: 'Organisation name',
      indiceScheme: 'Version numbering',
      qualityPolicy: 'Quality policy',
      backupTakenAt: 'Backup restored, taken on',
      backupKind: 'Occasion of that backup',
      safetyBackup: 'The replaced state is kept in backup',
    },
  },
};
