import type { Handlers, MethodsOf } from '../handlers';

export const agendaHandlers: Handlers<MethodsOf<'agenda'>> = {
  'agenda.list': (input, session) => session.services().agenda.list(input),
  'agenda.reminders': (_input, session) => session.reminders.get(),
  'agenda.setReminders': (input, session) => session.reminders.set(input.enabled),
  'agenda.markReminded': (input, session) => {
    session.reminders.shown(input.day);
    return session.reminders.get();
  },
};
