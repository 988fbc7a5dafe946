// The process the crash campaign kills: the real backend (session, api, SQLite file, backups) writing
// as fast as it can. It prints "ACK <kind> <key>" only after the api answered ok, i.e. after the
// transaction committed: what the user would have been told was saved.
import { createApi } from '../../electron/backend/api';
import { createSession } from '../../electron/backend/session';

const [filePath = '', prefix = 'x'] = process.argv.slice(2);

const ack = (kind: string, key: string): void => {
  // Synchronous on pipes under Linux: once this returns, the parent has the line even if we die next.
  process.stdout.write(`ACK ${kind} ${key}\n`);
};

const main = async (): Promise<void> => {
  const session = createSession({ host: 'browser', appVersion: 'crash', account: 'Campagne', now: () => new Date(), typedPaths: true });
  await session.open(filePath);
  const info = session.info();
  if (info.file.status !== 'open') {
    console.log(`REFUSED ${info.file.code} ${info.file.message}`);
    process.exit(2);
  }
  const api = createApi(session, (message, error) => console.error(message, error));
  console.log('OPEN');
  for (let n = 0; ; n += 1) {
    const key = `${prefix}-${n}`;
    if (n % 25 === 24) {
      const result = await api.invoke('backups.create', {});
      if (result.ok) ack('backup', (result.value as { id: string }).id);
    } else if (n % 3 === 2) {
      const result = await api.invoke('documents.create', {
        title: `Procédure ${key}`,
        type: 'procedure',
        initialStatus: 'brouillon',
        processId: null,
        ownerId: null,
        reviewPeriodMonths: 12,
        effectiveDate: null,
        approvedById: null,
        approvedOn: null,
      });
      if (result.ok) ack('document', `Procédure ${key}`);
    } else {
      const result = await api.invoke('people.create', { name: `Personne ${key}`, jobTitle: null });
      if (result.ok) ack('person', `Personne ${key}`);
    }
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(3);
});
