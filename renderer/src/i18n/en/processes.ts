import { processKindLabels } from '../../../../shared/labels/processes';
import type { Messages } from '../fr';

/** English messages: processes; keys mirror the French ones. */
export const processesMessages: Pick<Messages, 'processes'> = {
  processes: {
    title: 'Processes',
    subtitle: 'The process map: management, operational and support, each with its owner.',
    new: 'Add a process',
    name: 'Process name',
    kind: 'Family',
    pilot: 'Owner',
    noPilot: 'No owner',
    emptyTitle: 'No processes',
    emptyText: 'Describe your processes (intake and recruitment, support, customer relations…) to attach documents to them.',
    editTitle: 'Edit process',
    created: 'Process "{{name}}" added.',
    kinds: processKindLabels.en,
  },
};
