import { ServiceError } from '../errors';
import type { Handlers, MethodsOf } from '../handlers';
import type { Session } from '../session';

const typedPathRefused = (): ServiceError =>
  new ServiceError(
    'forbidden',
    'Dans l’application de bureau, choisissez le fichier ou le dossier avec la fenêtre du système (« Ouvrir… », « Nouveau… », « Enregistrer une copie sous… »).',
  );

/** In the desktop app the page names no path of its own: only one this computer already opened. */
export const allowTyped = (session: Session, filePath: string, knownIsEnough: boolean): void => {
  if (session.config.typedPaths) return;
  if (knownIsEnough && session.isKnownPath(filePath)) return;
  throw typedPathRefused();
};

export const datafileHandlers: Handlers<MethodsOf<'datafile'>> = {
  'datafile.recent': (_input, session) => session.recentFiles(),
  'datafile.open': (input, session) => {
    allowTyped(session, input.path, true);
    return session.switchTo(input.path, { create: false, readOnly: input.readOnly });
  },
  'datafile.create': (input, session) => {
    allowTyped(session, input.path, false);
    return session.switchTo(input.path, { create: true });
  },
  'datafile.saveCopy': (input, session) => {
    allowTyped(session, input.path, false);
    return session.saveCopy(input.path, false);
  },
};
