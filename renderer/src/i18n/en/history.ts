import type { Messages } from '../fr';

/** English messages: history; keys mirror the French ones. */
export const historyMessages: Pick<Messages, 'history'> = {
  history: {
    empty: 'No changes recorded.',
    create: 'Created',
    update: 'Changed',
    file_add: 'File added',
    file_remove: 'File removed',
    by: 'by {{actor}}',
    empty_value: '(empty)',
  },
};
