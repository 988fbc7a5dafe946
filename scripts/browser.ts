import crypto from 'node:crypto';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createApi } from '../electron/backend/api';
import { startHttpHost } from '../electron/backend/http';
import { systemUserName } from '../electron/backend/identity/account';
import { configFolder, defaultDataFile, documentsFolder } from '../electron/backend/paths';
import { pinnedClock } from '../electron/backend/clock';
import { createSession } from '../electron/backend/session';

declare const SEVE_VERSION: string;

const usage = `Usage : npm run browser -- [--db FICHIER] [--port N] [--no-open] [--config-dir DOSSIER] [--today AAAA-MM-JJ]
  --db FICHIER          fichier de données Sève à ouvrir ou créer (par défaut : Documents/Sève/Sève.sqlite)
  --port N              port local (par défaut : un port libre)
  --no-open             ne pas ouvrir le navigateur
  --config-dir DOSSIER  dossier des réglages de ce poste : fichiers récents, dossiers de sauvegarde
                        (par défaut : celui de l’application de bureau)
  --examples-dir DOSSIER  où « Découvrir Sève avec un exemple » crée ses fichiers
                        (par défaut : Documents/Sève/Exemples)
  --today AAAA-MM-JJ    faire comme si nous étions ce jour-là (midi, puis l’heure avance) : pour essayer
                        Sève ou le tester à une date choisie ; le fichier et la page suivent cette date`;

const openInBrowser = (url: string): void => {
  const [command, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  const child = spawn(command, args, { stdio: 'ignore', detached: true });
  child.on('error', () => console.error('Impossible d’ouvrir le navigateur : copiez l’adresse ci-dessus dans votre navigateur.'));
  child.unref();
};

const main = async (): Promise<void> => {
  let options;
  try {
    options = parseArgs({
      options: {
        db: { type: 'string' },
        port: { type: 'string' },
        'no-open': { type: 'boolean' },
        'config-dir': { type: 'string' },
        today: { type: 'string' },
        'examples-dir': { type: 'string' },
        help: { type: 'boolean' },
      },
      strict: true,
    }).values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    process.exit(2);
  }
  if (options.help) {
    console.log(usage);
    return;
  }
  const port = Number(options.port ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Port invalide : « ${options.port} ».\n${usage}`);
    process.exit(2);
  }
  const dbPath = path.resolve(options.db ?? defaultDataFile(documentsFolder()));
  const clock = options.today === undefined ? () => new Date() : pinnedClock(options.today);
  if (clock === null) {
    console.error(`Date invalide : « ${options.today} » (attendu : AAAA-MM-JJ, un jour qui existe).\n${usage}`);
    process.exit(2);
  }

  // Typed paths: in browser mode the page is the only way to name a file, and only this computer's user can reach it (token, loopback).
  const session = createSession({
    host: 'browser',
    appVersion: SEVE_VERSION,
    account: systemUserName(),
    now: clock,
    preferencesFolder: path.resolve(options['config-dir'] ?? configFolder()),
    typedPaths: true,
    examplesFolder: path.resolve(options['examples-dir'] ?? path.join(documentsFolder(), 'Sève', 'Exemples')),
    // Bundled beside browser.cjs by scripts/build.mjs.
    pack: { workerPath: path.join(__dirname, 'pack-worker.cjs') },
    backupWorker: path.join(__dirname, 'backup-worker.cjs'),
  });
  await session.open(dbPath);
  const info = session.info();
  if (info.file.status === 'error') console.error(`Attention : ${info.file.message}`);

  const host = await startHttpHost({
    api: createApi(session, (message, error) => console.error(message, error)),
    staticRoot: path.join(__dirname, '..', 'renderer'),
    token: crypto.randomBytes(32).toString('base64url'),
    port,
  });
  console.log(`Sève — mode navigateur. Fichier : ${dbPath}`);
  // The page takes the same day from its address, so that the screens and the file agree.
  const url = options.today === undefined ? host.url : `${host.url}&today=${options.today}`;
  console.log(url);
  console.log('Ctrl+C pour arrêter.');
  if (!options['no-open']) openInBrowser(url);

  const stop = (): void => {
    void host
      .close()
      .then(() => session.pack.dispose())
      .finally(() => {
        session.close();
        process.exit(0);
      });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

main().catch((error: unknown) => {
  console.error('Sève n’a pas pu démarrer le mode navigateur :', error instanceof Error ? error.message : error);
  process.exit(1);
});
