import type { Messages } from '../fr';

/** English messages: people; keys mirror the French ones. */
export const peopleMessages: Pick<Messages, 'people'> = {
  people: {
    title: 'People',
    subtitle: 'People named in the quality system: process owners, document owners, auditors…',
    new: 'Add a person',
    name: 'Name',
    jobTitle: 'Job title',
    active: 'Active',
    inactive: 'Inactive',
    deactivate: 'Deactivate',
    reactivate: 'Reactivate',
    emptyTitle: 'The directory is empty',
    emptyText: 'Add the director, the quality lead and the process owners.',
    editTitle: 'Edit {{name}}',
    created: '{{name}} added to the directory.',
    list: 'People list',
    status: 'Status',
    actions: 'Actions',
  },
};
