import type { Messages } from '../fr';

/** English messages: first steps. */
export const firstStepsMessages: Pick<Messages, 'firstSteps'> = {
  firstSteps: {
    title: 'First steps',
    intro: 'What to set up first. Each step ticks itself once the file holds it.',
    progress: '{{done}} of {{total}}',
    hide: 'Hide the first steps',
    show: 'Show the first steps',
    done: 'Done:',
    todo: 'To do:',
    steps: {
      structure: { title: 'Name the structure', help: 'it is printed on every PDF.' },
      people: { title: 'Add the people', help: 'the direction, process owners, internal auditors.' },
      processes: { title: 'Describe the processes', help: 'from an ACI, AI, EI or ETTI template if you like.' },
      documents: { title: 'Register the first documents', help: 'one by one, or by importing an existing folder.' },
      certification: { title: 'Record the certification', help: 'the scheme (Cèdre ISO 9001…), the body, the cycle’s dates.' },
      requirements: { title: 'Link the requirements', help: 'each requirement of the referential to the documents that meet it.' },
    },
  },
};
