import fs from 'node:fs';
import path from 'node:path';
import { toCalendarDate } from '../../../shared/domain/dates';
import type { AppInfo } from '../../../shared/schemas/app';
import { ServiceError } from '../errors';
import { createSession, type Session } from '../session';
import { callThrough, type Invoker } from './call';
import { seedExample } from './seed';

const EXAMPLE_NAME = 'Exemple fictif – Les Jardins de la Sèvre';

/** `<name>.sqlite`, or `<name> (2).sqlite`… : an example never replaces a file. */
const freePath = (folder: string): string => {
  for (let n = 1; ; n += 1) {
    const candidate = path.join(folder, `${n === 1 ? EXAMPLE_NAME : `${EXAMPLE_NAME} (${n})`}.sqlite`);
    if (!fs.existsSync(candidate)) return candidate;
  }
};

const removeFile = (filePath: string): void => {
  for (const suffix of ['', '-wal', '-shm', '-verrou']) fs.rmSync(`${filePath}${suffix}`, { force: true });
};

/**
 * « Découvrir Sève avec un exemple »: writes the fictitious structure into a new file of its own, in
 * the examples folder the user sees (never beside or inside their file), then opens it. The example is
 * written by a session of its own, so the user's file is untouched and stays open if anything fails.
 * `invokerFor` gives the contract on that session (the API passes its own, which this module cannot import).
 */
export const createExampleFile = async (session: Session, invokerFor: (writer: Session) => Invoker): Promise<AppInfo> => {
  const folder = session.config.examplesFolder;
  if (folder === undefined) throw new ServiceError('unsupported', 'Cette version de Sève ne sait pas où ranger les fichiers d’exemple.');
  try {
    fs.mkdirSync(folder, { recursive: true });
  } catch {
    throw new ServiceError(
      'io_error',
      `Le dossier des exemples « ${folder} » n’a pas pu être créé : vérifiez qu’il est accessible en écriture.`,
    );
  }
  const target = freePath(folder);
  const { config } = session;
  const writer = createSession({
    host: config.host,
    appVersion: config.appVersion,
    account: config.account,
    now: config.now,
    nativeBinding: config.nativeBinding,
    preferencesFolder: null,
    typedPaths: true,
    timers: config.timers,
    log: config.log,
  });
  try {
    await writer.switchTo(target, { create: true });
    await seedExample(callThrough(invokerFor(writer)), toCalendarDate(config.now()));
    await writer.idle();
  } catch (error) {
    writer.close();
    removeFile(target);
    throw error;
  }
  writer.close();
  return session.switchTo(target, { create: false });
};
