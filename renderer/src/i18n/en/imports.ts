import type { Messages } from '../fr';

/** English messages: importing a folder of existing documents. */
export const importsMessages: Pick<Messages, 'imports'> = {
  imports: {
    title: 'Import a folder of documents',
    subtitle:
      'Your existing procedures, forms and records (PDF, Word, OpenDocument, spreadsheets, images): each becomes a document of the register, in force, with its file.',
    open: 'Import a folder',
    chooseFolder: 'Choose a folder…',
    folder: 'Folder on this computer',
    folderHelp: 'The full path, for example /home/amelie/Quality or C:\\Quality. Sub-folders are read too.',
    scan: 'Scan the folder',
    scanning: 'Scanning the folder…',
    listTitle_one: '{{count}} file found',
    listTitle_other: '{{count}} files found',
    listSummary:
      'In “{{folder}}”: {{ready}} ready to import, {{others}} that will not be (reason given). Untick what is not to be imported, correct the title, type, process and the effective date of version 1.',
    skipped_one: '{{count}} system or temporary file skipped.',
    skipped_other: '{{count}} system or temporary files skipped.',
    columns: { keep: 'Import', file: 'File', title: 'Title', type: 'Type', process: 'Process', date: 'In force on' },
    keep: 'Import “{{file}}”',
    titleOf: 'Title of “{{file}}”',
    typeOf: 'Type of “{{file}}”',
    processOf: 'Process of “{{file}}”',
    dateOf: 'Effective date of “{{file}}”',
    noProcess: 'No process',
    titleMissing: 'Every ticked file needs a title.',
    start_one: 'Import {{count}} document',
    start_other: 'Import {{count}} documents',
    running: 'Import under way',
    progress: '{{processed}} file(s) of {{total}}',
    cancel: 'Cancel the import',
    reportTitle: 'Import report',
    reportSummary: '{{imported}} document(s) imported, {{refused}} file(s) not imported.',
    imported_one: '{{count}} document imported',
    imported_other: '{{count}} documents imported',
    refused_one: '{{count}} file not imported',
    refused_other: '{{count}} files not imported',
    again: 'Import another folder',
  },
};
