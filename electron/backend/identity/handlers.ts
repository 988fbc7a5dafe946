import type { Handlers, MethodsOf } from '../handlers';

export const identityHandlers: Handlers<MethodsOf<'identity'>> = {
  'identity.get': (_input, session) => session.identity.get(),
  'identity.choose': (input, session) => session.identity.choose(input.personId),
};
