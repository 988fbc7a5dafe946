import { firstStepIds, firstStepsDone } from '../../../shared/domain/first-steps';
import type { FirstSteps } from '../../../shared/schemas/first-steps';
import type { Handlers, MethodsOf } from '../handlers';
import type { Session } from '../session';

const read = (session: Session): FirstSteps => {
  const done = firstStepsDone(session.services().firstSteps.counts());
  return { steps: firstStepIds.map((id) => ({ id, done: done[id] })), hidden: session.firstSteps.hidden() };
};

export const firstStepsHandlers: Handlers<MethodsOf<'onboarding'>> = {
  'onboarding.get': (_input, session) => read(session),
  'onboarding.setHidden': (input, session) => {
    session.firstSteps.setHidden(input.hidden);
    return read(session);
  },
};
