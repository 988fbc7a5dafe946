import type { Handlers, MethodsOf } from '../handlers';

export const historyHandlers: Handlers<MethodsOf<'history'>> = {
  'history.forRecord': (input, session) => session.services().history.forRecord(input.entity, input.entityId),
};
