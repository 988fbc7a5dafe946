import type { Handlers, MethodsOf } from '../handlers';

export const suggestionsHandlers: Handlers<MethodsOf<'suggestions'>> = {
  'suggestions.list': (input, session) => session.services().suggestions.list(input),
  'suggestions.get': (input, session) => session.services().suggestions.get(input.id),
  'suggestions.create': (input, session) => session.services().suggestions.create(input),
  'suggestions.update': (input, session) => session.services().suggestions.update(input),
  'suggestions.triage': (input, session) => session.services().suggestions.triage(input),
};
