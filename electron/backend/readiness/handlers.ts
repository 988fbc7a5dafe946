import { readinessFileName } from '../../../shared/domain/pack';
import type { Handlers, MethodsOf } from '../handlers';

export const readinessHandlers: Handlers<MethodsOf<'readiness'>> = {
  'readiness.check': (input, session) => session.services().readiness.check(input, session.backups.latestAt()),
  'readiness.startPdf': ({ targetId, ...query }, session) => {
    const run = session.services().readiness.run(query, session.backups.latestAt());
    return session.pack.start(session.filePath(), { kind: 'readiness', ...run }, readinessFileName(run.asOf), targetId);
  },
};
