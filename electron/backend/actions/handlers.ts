import { auditActionPlanFileName } from '../../../shared/domain/pack';
import type { Handlers, MethodsOf } from '../handlers';

export const actionsHandlers: Handlers<MethodsOf<'actions'>> = {
  'actions.list': (input, session) => session.services().actions.list(input),
  'actions.page': (input, session) => session.services().actions.page(input),
  'actions.get': (input, session) => session.services().actions.get(input.id),
  'actions.create': (input, session) => session.services().actions.create(input),
  'actions.update': (input, session) => session.services().actions.update(input),
  'actions.move': (input, session) => session.services().actions.move(input),
  'actions.exportCsv': (input, session) => session.services().actions.exportCsv(input),
  'actions.startAuditPlan': (input, session) => {
    const audit = session.services().audits.get(input.auditId);
    return session.pack.start(
      session.filePath(),
      { kind: 'auditActionPlan', auditId: audit.id },
      auditActionPlanFileName(audit.reference),
      input.targetId,
    );
  },
};
