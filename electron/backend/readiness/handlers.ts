import { readinessFileName } from '../../../shared/domain/pack';
import type { Handlers, MethodsOf } from '../handlers';

export const readinessHandlers: Handlers<MethodsOf<'readiness'>> = {
  'readiness.check': (input, session) => session.services().readiness.check(input, session.backups.latestAt()),
  'readiness.startPdf': ({ targetId, ...query }, session) => {
    const target = session.services().readiness.target(query);
    return session.pack.start(session.filePath(), { kind: 'readiness', ...target }, readinessFileName(target.asOf), targetId);
  },
};
