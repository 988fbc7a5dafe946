import type { Handlers, MethodsOf } from '../handlers';

export const referentialsHandlers: Handlers<MethodsOf<'referentials'>> = {
  'referentials.list': (_input, session) => session.services().referentials.list(),
  'referentials.get': (input, session) => session.services().referentials.get(input.id),
  'referentials.create': (input, session) => session.services().referentials.create(input),
  'referentials.export': (input, session) => session.services().referentials.exportJson(input.id),
  'referentials.import': (input, session) => session.services().referentials.importJson(input.json),
  'referentials.getRequirement': (input, session) => session.services().referentials.getRequirement(input.id),
  'referentials.addRequirement': (input, session) => session.services().referentials.addRequirement(input),
  'referentials.updateRequirement': (input, session) => session.services().referentials.updateRequirement(input),
  'referentials.setApplicability': (input, session) => session.services().referentials.setApplicability(input),
  'referentials.requirementOptions': (_input, session) => session.services().referentials.requirementOptions(),
  'referentials.answers': (input, session) => session.services().referentials.answers(input.id),
  'referentials.linksFor': (input, session) => session.services().referentials.linksFor(input.entity, input.entityId),
  'referentials.link': (input, session) => session.services().referentials.link(input),
  'referentials.unlink': (input, session) => session.services().referentials.unlink(input),
};
