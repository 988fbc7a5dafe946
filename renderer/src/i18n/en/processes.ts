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
    template: {
      open: 'Start from a process map template',
      title: 'Process map from a template',
      intro:
        'The usual process names of a work-integration structure, with no owner or document: untick what does not apply, rename, change the family, then create. You then complete each process (owner, documents).',
      structure: 'Kind of structure',
      list: 'Proposed processes',
      keep: 'Keep “{{name}}”',
      name: 'Name of process {{number}}',
      kind: 'Family of process {{number}}',
      accept_one: 'Create this process',
      accept_other: 'Create these {{count}} processes',
      created_one: '{{count}} process created.',
      created_other: '{{count}} processes created.',
    },
    kinds: processKindLabels.en,
  },
};
