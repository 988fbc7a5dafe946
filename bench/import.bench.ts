import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApi } from '../electron/backend/api';
import { createSession } from '../electron/backend/session';
import type { ImportJob, ImportScanResult } from '../shared/schemas/import';
import { makeDocumentsFolder } from '../tests/helpers/importFolder';
import { report, type Figure } from './measure';

const RUNS = 3;
const FILES = 150;
const FILE_BYTES = 2 * 1024 * 1024;

const value = async <T>(promise: Promise<{ ok: boolean; value?: unknown }>): Promise<T> => {
  const result = await promise;
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value as T;
};

/**
 * Importing a folder (issue: 150 files of 2 Mo in under a minute): the folder is scanned (each file
 * read and hashed), then every file imported into a new data file (read again, hashed, stored and
 * attached to its document's version in force), each run on a fresh file.
 */
export const benchImport = async (): Promise<boolean> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seve-bench-import-'));
  try {
    const made = makeDocumentsFolder(dir, { count: FILES, duplicates: 0, unreadable: 0, size: FILE_BYTES });
    const times: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const session = createSession({
        host: 'browser',
        appVersion: 'bench',
        account: 'bench',
        now: () => new Date('2026-11-26T10:00:00Z'),
        typedPaths: true,
      });
      await session.open(path.join(dir, `import-${run}.sqlite`));
      const api = createApi(session, (message, error) => console.error(message, error));
      const start = performance.now();
      const scan = await value<ImportScanResult>(api.invoke('imports.scan', { folder: made.folder }));
      const items = scan.files.map((file) => ({ fileId: file.id, ...file.proposal, effectiveDate: file.modifiedOn }));
      const { jobId } = await value<{ jobId: string }>(api.invoke('imports.start', { scanId: scan.scanId, items }));
      let job = await value<ImportJob>(api.invoke('imports.progress', { jobId }));
      while (job.state === 'running') {
        await new Promise((resolve) => setTimeout(resolve, 25));
        job = await value<ImportJob>(api.invoke('imports.progress', { jobId }));
      }
      times.push(performance.now() - start);
      if (job.imported.length !== FILES) throw new Error(`Import incomplet : ${JSON.stringify(job.refused.slice(0, 3))}`);
      session.close();
    }
    times.sort((a, b) => a - b);
    const figure: Figure = {
      name: `imports — ${FILES} fichiers de 2 Mo (analyse + import)`,
      medianMs: times[Math.floor(times.length / 2)] ?? Number.NaN,
      p95Ms: times[times.length - 1] ?? Number.NaN,
      budgetMs: 60_000,
    };
    return report('Import d’un dossier de documents (backend)', [figure]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
