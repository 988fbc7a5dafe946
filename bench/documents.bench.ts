import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApi } from '../electron/backend/api';
import { openSeveFile } from '../electron/backend/db/connection';
import { createSession } from '../electron/backend/session';
import { fillFile } from './generate';
import { measure, report } from './measure';

const expectOk = async (promise: Promise<{ ok: boolean }>) => {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result;
};

/**
 * Document control at scale (issue: 5,000 documents × 5 versions, 20,000 history rows): the
 * filtered register and the searches must answer in under 50 ms in the backend.
 */
export const benchDocuments = async (): Promise<boolean> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-bench-'));
  try {
    const filePath = path.join(dir, 'bench.sqlite');
    const now = () => new Date('2026-11-26T10:00:00Z');
    const size = { people: 40, processes: 12, documents: 5000, versionsPerDocument: 5, historyRows: 20_000 };
    const start = performance.now();
    const file = await openSeveFile(filePath, { now });
    fillFile(file.db, size);
    file.close();
    const session = createSession({ host: 'browser', appVersion: 'bench', account: 'bench', now });
    await session.open(filePath);
    const api = createApi(session, (message, error) => console.error(message, error));
    console.log(
      `Fichier généré : ${size.documents} documents × ${size.versionsPerDocument} versions, ${size.historyRows} lignes d’historique (${((performance.now() - start) / 1000).toFixed(1)} s)`,
    );
    const figures = [
      // Not a budget of the issue (which sets 50 ms for filtered lists and searches): the unfiltered register, for reference.
      await measure('documents.list — tout le registre, sans filtre (5 000)', 100, () => expectOk(api.invoke('documents.list', {}))),
      await measure('documents.list — en vigueur, un processus', 50, () =>
        expectOk(api.invoke('documents.list', { status: 'en_vigueur', processId: 3 })),
      ),
      await measure('documents.list — revues en retard', 50, () => expectOk(api.invoke('documents.list', { overdueOnly: true }))),
      await measure('documents.list — recherche « reclamation »', 50, () =>
        expectOk(api.invoke('documents.list', { search: 'reclamation' })),
      ),
      await measure('search.query — « sortie dynamique »', 50, () => expectOk(api.invoke('search.query', { text: 'sortie dynamique' }))),
      await measure('search.query — « oeuvre »', 50, () => expectOk(api.invoke('search.query', { text: 'oeuvre' }))),
      await measure('history.forRecord — un document', 50, () =>
        expectOk(api.invoke('history.forRecord', { entity: 'document', entityId: 42 })),
      ),
    ];
    session.close();
    return report('Registre des documents et recherche (backend)', figures);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
