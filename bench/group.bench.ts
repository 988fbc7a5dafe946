import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApi, type Api } from '../electron/backend/api';
import { openSeveFile } from '../electron/backend/db/connection';
import { createSession } from '../electron/backend/session';
import { fillFile } from './generate';
import { fillAgendaLoad } from './generate-agenda';
import { measure, report } from './measure';

const MEMBERS = 15;
const now = () => new Date('2026-11-26T10:00:00Z');

const valueOf = async <T>(api: Api, method: string, input: unknown): Promise<T> => {
  const result = await api.invoke(method, input);
  if (!result.ok) throw new Error(`${method} : ${JSON.stringify(result.error)}`);
  return result.value as T;
};

/** Starts the group pack and waits for its worker; fails on anything but a finished PDF. */
const groupPack = async (api: Api): Promise<void> => {
  const { jobId } = await valueOf<{ jobId: string }>(api, 'group.startPack', { date: '2026-11-26' });
  for (;;) {
    const job = await valueOf<{ state: string; pages?: number }>(api, 'pack.progress', { jobId });
    if (job.state === 'done') return;
    if (job.state !== 'running') throw new Error(`dossier de groupe : ${JSON.stringify(job)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

/** Opens `filePath` in a session of its own, runs `work` against its API, closes it. */
const withApi = async <T>(filePath: string, work: (api: Api) => Promise<T>): Promise<T> => {
  const session = createSession({
    host: 'browser',
    appVersion: 'bench',
    account: 'bench',
    now,
    backupWorker: path.resolve('dist/bench/backup-worker.cjs'),
    pack: { workerPath: path.resolve('dist/bench/pack-worker.cjs'), outputFolder: path.dirname(filePath) },
  });
  await session.open(filePath);
  try {
    return await work(createApi(session, (message, error) => console.error(message, error)));
  } finally {
    session.close();
  }
};

/**
 * A group of 15 members, each with about five years of records (audits over four years, 2,500
 * actions, 1,000 findings, 300 documents): each member sends its snapshot, the group imports
 * them, and the group's view (every member read by its own À faire on its snapshot) opens under 1 s.
 */
export const benchGroup = async (): Promise<boolean> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-bench-groupe-'));
  try {
    const start = performance.now();
    const base = path.join(dir, 'membre.sqlite');
    const file = await openSeveFile(base, { now });
    fillFile(file.db, { people: 25, processes: 10, documents: 300, versionsPerDocument: 1, historyRows: 3000 });
    fillAgendaLoad(file.db, { audits: 20, findingsPerAudit: 50, actions: 2500, complaints: 150, indicators: 15, people: 25 });
    file.close();
    const snapshots: { name: string; fingerprint: string; content: Uint8Array }[] = [];
    for (let i = 1; i <= MEMBERS; i++) {
      const memberFile = path.join(dir, `membre-${i}.sqlite`);
      fs.copyFileSync(base, memberFile);
      const name = `Membre ${i}`;
      snapshots.push(
        await withApi(memberFile, async (api) => {
          await valueOf(api, 'organisation.update', { name, indiceScheme: 'numeric' });
          const key = await valueOf<{ fingerprint: string }>(api, 'group.createMemberKey', { createdOn: '2026-11-26' });
          const snapshot = await valueOf<{ content: Uint8Array }>(api, 'group.exportSnapshot', { attachments: false });
          return { name, fingerprint: key.fingerprint, content: snapshot.content };
        }),
      );
    }
    const size = (snapshots[0]?.content.length ?? 0) / 1024 / 1024;
    console.log(
      `\n${MEMBERS} membres générés et envoyés, ${size.toFixed(1)} Mo par envoi (${((performance.now() - start) / 1000).toFixed(1)} s)`,
    );
    return await withApi(path.join(dir, 'groupe.sqlite'), async (api) => {
      for (const snapshot of snapshots)
        await valueOf(api, 'group.addMember', { name: snapshot.name, fingerprint: snapshot.fingerprint, joinedOn: '2026-01-01' });
      const importStart = performance.now();
      for (const snapshot of snapshots)
        await valueOf(api, 'group.importSnapshot', { fileName: 'envoi.seve-groupe', content: snapshot.content });
      console.log(`Import des ${MEMBERS} envois vérifiés : ${((performance.now() - importStart) / 1000).toFixed(1)} s`);
      const view = await valueOf<{ members: { late: unknown[] }[] }>(api, 'group.view', {});
      console.log(`Vue du groupe : ${view.members.length} membres, ${view.members[0]?.late.length ?? 0} échéances en retard chacun`);
      const figures = [await measure(`group.view — ${MEMBERS} membres`, 1000, () => valueOf(api, 'group.view', {}), 10)];
      // One run is the figure: the pack of 15 members takes seconds; warm-up runs would only load the shared machine.
      const packStart = performance.now();
      await groupPack(api);
      const packMs = performance.now() - packStart;
      figures.push({ name: `dossier de groupe — ${MEMBERS} membres`, medianMs: packMs, p95Ms: packMs, budgetMs: 30_000 });
      return report('Certification de groupe', figures);
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
