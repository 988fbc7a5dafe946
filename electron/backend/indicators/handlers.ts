import type { Handlers, MethodsOf } from '../handlers';

export const indicatorsHandlers: Handlers<MethodsOf<'indicators'>> = {
  'indicators.templates': (_input, session) => [...session.services().indicators.templates()],
  'indicators.list': (input, session) => session.services().indicators.list(input.includeInactive ?? false),
  'indicators.get': (input, session) => session.services().indicators.get(input.id),
  'indicators.create': (input, session) => session.services().indicators.create(input),
  'indicators.update': (input, session) => session.services().indicators.update(input),
  'indicators.addMeasurement': (input, session) => session.services().indicators.addMeasurement(input),
  'indicators.removeMeasurement': (input, session) => session.services().indicators.removeMeasurement(input.id),
};

export const objectivesHandlers: Handlers<MethodsOf<'objectives'>> = {
  'objectives.list': (_input, session) => session.services().objectives.list(),
  'objectives.create': (input, session) => session.services().objectives.create(input),
  'objectives.update': (input, session) => session.services().objectives.update(input),
  'objectives.policy': (_input, session) => session.services().objectives.policy(),
  'objectives.setPolicy': (input, session) => session.services().objectives.setPolicy(input.documentId, input.text),
};
