import type { Handlers, MethodsOf } from '../handlers';

export const agendaHandlers: Handlers<MethodsOf<'agenda'>> = {
  'agenda.list': (input, session) => session.services().agenda.list(input),
};
