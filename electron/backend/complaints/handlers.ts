import type { Handlers, MethodsOf } from '../handlers';

export const complaintsHandlers: Handlers<MethodsOf<'complaints'>> = {
  'complaints.list': (input, session) => session.services().complaints.list(input),
  'complaints.get': (input, session) => session.services().complaints.get(input.id),
  'complaints.create': (input, session) => session.services().complaints.create(input),
  'complaints.update': (input, session) => session.services().complaints.update(input),
  'complaints.openNonconformity': (input, session) => session.services().complaints.openNonconformity(input),
};
