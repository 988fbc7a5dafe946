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
    scopeStatement: 'Scope of the quality system',
    scopeStatementHelp:
      'As the certificate states it (ISO 9001 § 4.3): the activities covered. The evidence pack’s cover prints it; its context adds the requirements not applicable and their justification.',
    sites: 'Sites',
    sitesHelp: 'One site per line, with its address.',
    saved: 'Organisation settings saved.',
    history: 'History of the organisation and the file',
    historyField: {
      name: 'Organisation name',
      indiceScheme: 'Version numbering',
      qualityPolicy: 'Quality policy',
      qualityPolicyText: 'Text of the quality policy',
      scopeStatement: 'Scope',
      sites: 'Sites',
      backupTakenAt: 'Backup restored, taken on',
      backupKind: 'Occasion of that backup',
      safetyBackup: 'The replaced state is kept in backup',
    },
  },
};
