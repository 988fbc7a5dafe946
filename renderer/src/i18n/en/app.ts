import type { Messages } from '../fr';

/** English messages: app; keys mirror the French ones. */
export const appMessages: Pick<Messages, 'app' | 'nav' | 'common' | 'fileError' | 'crash'> = {
  app: {
    name: 'Sève',
    tagline: 'Quality system',
    unnamedOrganisation: 'Unnamed organisation',
    nameOrganisation: 'Name the organisation',
    file: 'File',
    mainNav: 'Main navigation',
    skipToContent: 'Skip to content',
    language: 'Language',
  },
  nav: {
    documents: 'Documents',
    processes: 'Processes',
    people: 'People',
    organisation: 'Organisation',
  },
  common: {
    save: 'Save',
    saving: 'Saving…',
    cancel: 'Cancel',
    edit: 'Edit',
    create: 'Create',
    add: 'Add',
    retry: 'Retry',
    loading: 'Loading…',
    none: '—',
    noneOption: 'None',
    choose: 'Choose…',
    all: 'All',
    clearFilters: 'Clear the filters',
    back: 'Back',
    saved: 'Saved.',
    required: 'required',
    errorTitle: 'Something went wrong',
    formErrors: 'The form has errors: correct the highlighted fields.',
    notFoundTitle: 'Page not found',
    notFoundText: 'This page does not exist.',
  },
  fileError: {
    title: 'Sève cannot open this file',
    path: 'Requested file',
    help: 'The file was not modified. Open another file, a recent one, or create a new one:',
  },
  crash: {
    title: 'This screen ran into a problem',
    text: 'Your saved data is untouched. Reload the screen to continue.',
    reload: 'Reload',
  },
};
