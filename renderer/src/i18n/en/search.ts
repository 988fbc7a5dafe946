import type { Messages } from '../fr';

/** English messages: global search; keys mirror the French ones. */
export const searchMessages: Pick<Messages, 'search'> = {
  search: {
    open: 'Search',
    shortcut: 'Ctrl+K',
    title: 'Search the quality system',
    label: 'Words to find',
    placeholder: 'Reference, title, requirement, change summary…',
    results: 'Results',
    hint: 'Type a reference (PR-001), a word of a title or change summary, a requirement number.',
    none: 'No results.',
    kind: {
      document: 'Document',
      requirement: 'Requirement',
    },
  },
};
