import { ServiceError } from '../backend/errors';
import type { Session } from '../backend/session';
import { dataFileArgument } from './args';

export type SecondInstanceDeps = {
  session: Pick<Session, 'switchTo' | 'filePath'>;
  /** Brings the first window forward (restored if minimised). */
  focus: () => void;
  /** Reloads the window on the home screen, so every screen reads the newly opened file. */
  reload: () => void;
  /** Tells the user, in French, why the file given to the second launch was not opened. */
  explain: (message: string) => void;
};

/**
 * `app.on('second-instance')`: only one Sève runs, so the second launch's window never appears;
 * the first comes forward and opens the file the second was given (`--db FILE` or a `.sqlite`
 * path from the file manager), resolved from the second launch's working folder.
 */
export const handleSecondInstance =
  (deps: SecondInstanceDeps) =>
  async (argv: readonly string[], workingDirectory: string): Promise<void> => {
    deps.focus();
    const argument = dataFileArgument(argv, workingDirectory);
    if (argument.kind !== 'path' || argument.path === deps.session.filePath()) return;
    try {
      await deps.session.switchTo(argument.path, {});
      deps.reload();
    } catch (error) {
      deps.explain(error instanceof ServiceError ? error.message : `Sève n’a pas pu ouvrir « ${argument.path} ».`);
      if (!(error instanceof ServiceError)) console.error('Ouverture demandée par un second lancement impossible', error);
    }
  };
