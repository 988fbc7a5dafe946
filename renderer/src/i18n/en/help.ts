import type { Messages } from '../fr';

/** English messages: the user guide inside Sève (the guide itself is in French). */
export const helpMessages: Pick<Messages, 'help'> = {
  help: {
    open: 'Help',
    title: 'User guide',
    subtitle: 'Each screen, what it shows and how to use it (in French). Each screen’s “? Help” button opens its part.',
    contents: 'Guide contents',
    search: 'Search the guide',
    found_one: '{{count}} part contains these words:',
    found_other: '{{count}} parts contain these words:',
  },
};
