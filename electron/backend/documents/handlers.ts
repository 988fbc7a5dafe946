import type { Handlers, MethodsOf } from '../handlers';

export const documentsHandlers: Handlers<MethodsOf<'documents'>> = {
  'documents.list': (input, session) => session.services().documents.list(input),
  'documents.get': (input, session) => session.services().documents.get(input.id),
  'documents.create': (input, session) => session.services().documents.create(input),
  'documents.update': (input, session) => session.services().documents.update(input),
};
