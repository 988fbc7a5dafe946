import { Worker } from 'node:worker_threads';

export type CopyWorkerInput = { source: string; partial: string; nativeBinding?: string };
export type CopyWorkerMessage = { type: 'done'; intact: boolean } | { type: 'failed'; code: string | null; message: string };

/** The error a failed copy in the worker stands for: its code (SQLITE_FULL, ENOSPC…) is what `copyFailure` reads. */
export class WorkerCopyError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
  }
}

/** Copies `source` (a data file's path) to `partial` and checks the copy, in the bundled backup worker. */
export const copyInWorker = (workerPath: string, input: CopyWorkerInput): Promise<{ intact: boolean }> =>
  new Promise((resolve, reject) => {
    const worker = new Worker(workerPath, { workerData: input });
    let settled = false;
    worker.once('message', (message: CopyWorkerMessage) => {
      settled = true;
      if (message.type === 'done') resolve({ intact: message.intact });
      else reject(new WorkerCopyError(message.message, message.code));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', () => {
      if (!settled) reject(new WorkerCopyError('La copie s’est arrêtée de façon inattendue.', null));
    });
  });
