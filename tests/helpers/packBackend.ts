import fs from 'node:fs';
import path from 'node:path';
import { createApi } from '../../electron/backend/api';
import { createSession } from '../../electron/backend/session';
import type { PackJob } from '../../shared/schemas/pack';
import { expectOk, makeTempDir, type TestBackend } from './backend';
import { packWorkerPath } from './packWorker';

/** A real session whose PDF exports run in the real (bundled) worker; its clock says 26 November 2026 unless told. */
export const openPackBackend = async (now: () => Date = () => new Date('2026-11-26T10:00:00Z')): Promise<TestBackend> => {
  const { dir, cleanup } = makeTempDir();
  const filePath = path.join(dir, 'qualite.sqlite');
  const session = createSession({
    host: 'browser',
    appVersion: 'test',
    account: 'Amélie Durand',
    now,
    pack: { workerPath: await packWorkerPath(), outputFolder: dir },
  });
  await session.open(filePath);
  const errors: unknown[] = [];
  return {
    api: createApi(session, (_message, error) => errors.push(error)),
    session,
    filePath,
    dir,
    errors,
    close: () => {
      session.close();
      cleanup();
    },
  };
};

/** Polls a job until it leaves "running". */
export const waitForJob = async (backend: TestBackend, jobId: string): Promise<PackJob> => {
  for (let attempt = 0; attempt < 1200; attempt++) {
    const job = await expectOk<PackJob>(backend.api, 'pack.progress', { jobId });
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('job did not finish');
};

/** Runs a pack of the whole system with every section and saves the downloaded PDF as `name`. */
export const packOf = async (
  backend: TestBackend,
  referentialId: number | null,
  name: string,
): Promise<{ job: PackJob; pdfPath: string }> => {
  const { jobId } = await expectOk<{ jobId: string }>(backend.api, 'pack.start', {
    date: '2026-11-26',
    referentialId,
    scope: { kind: 'all' },
    sections: ['summary', 'coverage', 'documents', 'reviews', 'evidence'],
  });
  const job = await waitForJob(backend, jobId);
  if (job.state !== 'done') throw new Error(JSON.stringify(job));
  const download = await backend.api.invoke('pack.download', { jobId });
  if (!download.ok) throw new Error(JSON.stringify(download.error));
  const pdfPath = path.join(backend.dir, name);
  fs.writeFileSync(pdfPath, (download.value as { content: Uint8Array }).content);
  return { job, pdfPath };
};
