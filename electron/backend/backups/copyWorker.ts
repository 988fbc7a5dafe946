import { Worker } from 'node:worker_threads';

export type CopyWorkerInput =
  { kind?: 'copy'; source: string; partial: string; nativeBinding?: string } | { kind: 'check'; source: string; nativeBinding?: string };
export type CopyWorkerMessage =
  | { type: 'done'; intact: boolean }
  | { type: 'checked'; integrity: string; quick: string }
  | { type: 'failed'; code: string | null; message: string };

/** The error a failed copy in the worker stands for: its code (SQLITE_FULL, ENOSPC…) is what `copyFailure` reads. */
export class WorkerCopyError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
  }
}

/** Runs one job in the bundled backup worker and resolves with its answer. */
const runInWorker = (workerPath: string, input: CopyWorkerInput): Promise<CopyWorkerMessage> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(workerPath, { workerData: input });
    let settled = false;
    worker.once('message', (message: CopyWorkerMessage) => {
      settled = true;
      if (message.type === 'failed') reject(new WorkerCopyError(message.message, message.code));
      else resolve(message);
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', () => {
      if (!settled) reject(new WorkerCopyError('La copie s’est arrêtée de façon inattendue.', null));
    });
  });

/** Copies `source` (a data file's path) to `partial` and checks the copy, in the bundled backup worker. */
export const copyInWorker = async (
  workerPath: string,
  input: { source: string; partial: string; nativeBinding?: string },
): Promise<{ intact: boolean }> => {
  const answer = await runInWorker(workerPath, { kind: 'copy', ...input });
  return { intact: answer.type === 'done' && answer.intact };
};

/**
 * The first finding of `integrity_check` and of `quick_check` on the data file itself ('ok' when
 * none), read in the worker from its own read-only connection: a gigabyte is checked while the app answers.
 */
export const checkInWorker = async (
  workerPath: string,
  input: { source: string; nativeBinding?: string },
): Promise<{ integrity: string; quick: string }> => {
  const answer = await runInWorker(workerPath, { kind: 'check', ...input });
  if (answer.type !== 'checked') throw new WorkerCopyError('La vérification s’est arrêtée de façon inattendue.', null);
  return { integrity: answer.integrity, quick: answer.quick };
};
