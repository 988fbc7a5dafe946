import type { Messages } from '../fr';

/** English messages: who is using Sève. */
export const identityMessages: Pick<Messages, 'identity'> = {
  identity: {
    question: 'Who are you?',
    why: 'Sève writes your name in the history of every change and on the PDFs you produce (the standard asks who changed what). The computer account (“{{account}}”) is noted beside it.',
    iAm: 'I am',
    itsMe: 'That’s me',
    notListed: 'I am not in the directory',
    emptyDirectory: 'This file’s directory is still empty.',
    addFirst: 'Introduce myself',
    addYourself: 'Add yourself to this file’s directory:',
    addMe: 'That’s me: continue',
    you: 'You: {{name}}',
    change: 'You: {{name}} — change person',
  },
};
