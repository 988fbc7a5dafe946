import { ServiceError } from '../errors';
import type { Handlers, MethodsOf } from '../handlers';

export const importsHandlers: Handlers<MethodsOf<'imports'>> = {
  'imports.scan': (input, session) => {
    // The desktop app takes folders from the system's dialog only, as it does files.
    if (!session.config.typedPaths) {
      throw new ServiceError(
        'unsupported',
        'Choisissez le dossier avec le bouton « Choisir un dossier… » : l’application de bureau ne prend pas de chemin tapé.',
      );
    }
    return session.imports.scan(input.folder);
  },
  'imports.start': (input, session) => session.imports.start(input),
  'imports.progress': (input, session) => session.imports.progress(input.jobId),
  'imports.cancel': (input, session) => session.imports.cancel(input.jobId),
};
