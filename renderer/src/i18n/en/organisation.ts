import type { Messages } from '../fr';

/** English messages: organisation; keys mirror the French ones. */
export const organisationMessages: Pick<Messages, 'organisation'> = {
  organisation: {
    title: 'Organisation',
    subtitle: 'The organisation whose quality system this file holds.',
    name: 'Organisation name',
    namePlaceholder: 'Work-integration association…',
    file: 'Data file',
    fileHelp: 'The whole quality system is in this file. To back it up, close Sève and copy it (USB key, backed-up folder).',
    schema: 'Schema version',
    appVersion: 'Sève version',
    language: 'Interface language',
    indiceHelp: 'Applies to the next versions; existing versions keep their number.',
    saved: 'Organisation settings saved.',
  },
};
