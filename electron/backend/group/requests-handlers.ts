import type { Handlers, MethodsOf } from '../handlers';

export const groupRequestsHandlers: Handlers<MethodsOf<'groupRequests'>> = {
  'groupRequests.list': (_input, session) => session.services().groupRequests.list(),
  'groupRequests.record': (input, session) => session.services().groupRequests.record(input),
  'groupRequests.answer': (input, session) => session.services().groupRequests.answer(input),
};
