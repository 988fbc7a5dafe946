import type { Messages } from '../fr';

/** English messages: history; keys mirror the French ones. */
export const historyMessages: Pick<Messages, 'history'> = {
  history: {
    empty: 'No changes recorded.',
    by: 'by {{actor}}',
    empty_value: '(empty)',
    action: {
      create: 'Created',
      update: 'Changed',
      version_create: 'New version opened',
      version_update: 'Draft changed',
      version_submit: 'Version submitted for approval',
      version_return: 'Version returned to draft',
      version_approve: 'Version approved, in force',
      version_obsolete: 'Version made obsolete',
      review: 'Periodic review',
      read: 'Read acknowledgement',
      file_add: 'File added',
      file_remove: 'File removed',
      requirement_link: 'Requirement linked',
      requirement_unlink: 'Requirement unlinked',
      correction: 'Correction recorded',
      analysis: 'Root-cause analysis',
      action_add: 'Action added',
      action_update: 'Action edited',
      action_status: 'Action progress',
      check_plan: 'Effectiveness check planned',
      check_verdict: 'Verdict of the effectiveness check',
      close: 'Nonconformity closed',
      nonconformity_open: 'Nonconformity opened',
      triage: 'Suggestion triaged',
    },
  },
};
