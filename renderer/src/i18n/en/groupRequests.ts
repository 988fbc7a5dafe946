import { unmatchedAnswerReasonLabels } from '../../../../shared/labels/group';
import type { Messages } from '../fr';

/** English messages: the group's requests, answered in a member's file, and how their answers reach the group. */
export const groupRequestsMessages: Pick<Messages, 'groupRequests'> = {
  groupRequests: {
    title: 'Requests from the group',
    subtitle:
      'The nonconformities the group asks you to check for at your structure: record each request received and your answer; it leaves with your next sending to the group.',
    open: 'Requests from the group',
    record: 'Record a request',
    recorded: 'Request {{code}} recorded: answer it once you have checked.',
    list: 'Requests received',
    none: 'No request from the group yet.',
    receivedOn: 'received on {{date}}',
    unanswered: 'Answer to give.',
    notConcerned: 'Not concerned (answer of {{date}}).',
    concernedWith: 'Concerned: {{reference}} — {{description}}, {{status}} (answer of {{date}}).',
    answerOf: 'Answer to {{code}}',
    answer: 'Record the answer',
    answered: 'Answer to {{code}} recorded: use “Send to the group” to pass it on.',
    field: {
      code: 'Request code',
      codeHelp: 'As written in the group’s message (“EXT-12”).',
      ncReference: 'Nonconformity reference',
      description: 'Description',
      receivedOn: 'Received on',
      concerned: 'Concerned',
      action: 'Action of your plan',
      actionHelp: 'Type the reference or words of the action in your plan; create it in the plan first if it is not there.',
      answeredOn: 'Answer of',
    },
    extension: {
      code: 'Code {{code}}',
      copy: 'Copy request {{code}}',
      copied: 'Request {{code}} copied: paste it in your e-mail to the other members.',
      copyFailed: 'The request could not be copied: select the text below and copy it.',
      fromGroup: 'typed by the group',
      fromSnapshot: 'received in the sending of {{date}}',
      actionStatus: '{{reference}}, {{status}}',
      unmatchedTitle: 'Answers received and not matched',
      unmatchedHelp: 'Answers read in the members’ latest sendings that Sève could not match to any extension: check with the member.',
      unmatched: '{{name}}, {{code}} ({{reference}}, answer of {{date}}): {{reason}}.',
      importedWithAnswers: '{{count}} answer(s) to the group’s requests recorded.',
      reason: unmatchedAnswerReasonLabels.en,
      importedUnmatched: '{{count}} answer(s) not matched: see “Answers received and not matched”.',
    },
  },
};
