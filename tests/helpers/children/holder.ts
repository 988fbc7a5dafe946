// A second Sève process for tests: opens the data file given as argument through the real session
// (so it holds the file's lock), writes one record, prints "ready", and stays until stdin closes.
import { createApi } from '../../../electron/backend/api';
import { createSession } from '../../../electron/backend/session';

const main = async (): Promise<void> => {
  const filePath = process.argv[2] ?? '';
  const session = createSession({ host: 'browser', appVersion: 'test', account: 'Autre poste', now: () => new Date(), typedPaths: true });
  await session.open(filePath);
  const info = session.info();
  if (info.file.status !== 'open') {
    console.log(`refused ${info.file.code}`);
    process.exit(0);
  }
  const api = createApi(session, (message, error) => console.error(message, error));
  const result = await api.invoke('people.create', { name: 'Écrit par l’autre poste', jobTitle: null });
  // The write schedules an automatic backup at once (timer 0): let it finish, so the folder is still afterwards.
  await new Promise((resolve) => setTimeout(resolve, 0));
  await session.idle();
  console.log(result.ok ? 'ready' : `failed ${JSON.stringify(result)}`);
  process.stdin.resume();
  process.stdin.on('end', () => {
    session.close();
    process.exit(0);
  });
};

void main();
