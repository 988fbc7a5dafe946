import { allowTyped } from '../datafile/handlers';
import type { Handlers, MethodsOf } from '../handlers';

export const backupsHandlers: Handlers<MethodsOf<'backups'>> = {
  'backups.list': (_input, session) => session.backups.list(),
  'backups.create': (_input, session) => session.backups.create(),
  'backups.restore': (input, session) => session.backups.restore(input.id),
  'backups.setBudget': (input, session) => session.backups.setBudget(input.budgetMb),
  'backups.setFolder': (input, session) => {
    if (input.folder !== null) allowTyped(session, input.folder, false);
    return session.backups.setFolder(input.folder);
  },
};
