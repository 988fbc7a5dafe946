import type { Handlers, MethodsOf } from '../handlers';

export const searchHandlers: Handlers<MethodsOf<'search'>> = {
  'search.query': (input, session) => session.services().search.query(input.text),
};
