import type { Handlers, MethodsOf } from '../handlers';

export const watchHandlers: Handlers<MethodsOf<'watch'>> = {
  'watch.sources': (input, session) => session.services().watch.sources.list(input),
  'watch.source': (input, session) => session.services().watch.sources.get(input.id),
  'watch.createSource': (input, session) => session.services().watch.sources.create(input),
  'watch.updateSource': (input, session) => session.services().watch.sources.update(input),
  'watch.consulted': (input, session) => session.services().watch.sources.consulted(input),
  'watch.exportSourcesCsv': (input, session) => session.services().watch.sources.exportCsv(input),
  'watch.list': (input, session) => session.services().watch.items.list(input),
  'watch.get': (input, session) => session.services().watch.items.get(input.id),
  'watch.create': (input, session) => session.services().watch.items.create(input),
  'watch.update': (input, session) => session.services().watch.items.update(input),
  'watch.decide': (input, session) => session.services().watch.items.decide(input),
  'watch.inform': (input, session) => session.services().watch.items.inform(input),
  'watch.exportCsv': (input, session) => session.services().watch.items.exportCsv(input),
};
