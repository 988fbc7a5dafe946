import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { fromSqliteError } from '../errors';
import { createBlobReader } from './blobs';
import { PackCancelled, PackFailure } from './failure';
import { openOutput } from './output';
import { planPdf } from './plan';
import type { WorkerInput, WorkerMessage } from './protocol';
import { renderPlan } from './render';

/**
 * The pack worker: its own read-only connection to the data file, one read transaction (the pack
 * is one snapshot, whatever the app writes meanwhile), the PDF streamed to a temporary file that
 * is renamed onto the target only once complete.
 */
const input = workerData as WorkerInput;
const post = (message: WorkerMessage): void => parentPort?.postMessage(message);
const cancelFlag = new Int32Array(input.cancel);
const cancelled = (): boolean => Atomics.load(cancelFlag, 0) === 1;

// Progress is worth a message only when it moved: the bar has 200 steps at most.
let lastStep = '';
let lastFraction = -1;
const progress = (step: string, fraction: number): void => {
  if (step === lastStep && fraction - lastFraction < 0.005) return;
  lastStep = step;
  lastFraction = fraction;
  post({ type: 'progress', step, fraction });
};

const run = async (): Promise<WorkerMessage> => {
  const db = new Database(input.dbPath, { readonly: true, fileMustExist: true, nativeBinding: input.nativeBinding });
  let output: ReturnType<typeof openOutput> | null = null;
  let plan: ReturnType<typeof planPdf> | null = null;
  try {
    db.pragma('busy_timeout = 5000');
    db.exec('BEGIN');
    progress('Lecture des données', 0.01);
    plan = planPdf(
      db,
      input.request,
      { producer: input.producer, generatedAt: new Date(input.generatedAt), packId: input.packId },
      (step) => progress(step, 0.03),
    );
    output = openOutput(input.target, input.token);
    const opened = output;
    const result = await renderPlan(plan, {
      output: opened.stream,
      progress,
      cancelled,
      blobs: createBlobReader(db),
      outputError: () => opened.failure(),
    });
    db.exec('COMMIT');
    if (cancelled()) throw new PackCancelled();
    opened.commit();
    output = null;
    return { type: 'done', pages: result.pages, bytes: fs.statSync(input.target).size, embedded: result.embedded, missing: result.missing };
  } finally {
    await output?.discard();
    plan?.close?.();
    db.close();
  }
};

run()
  .then(post)
  .catch((error: unknown) => {
    if (error instanceof PackCancelled) post({ type: 'cancelled' });
    else if (error instanceof PackFailure) post({ type: 'failed', code: error.code, message: error.message });
    else if (fromSqliteError(error, input.dbPath)) {
      const known = fromSqliteError(error, input.dbPath);
      post({ type: 'failed', code: known?.code ?? 'io_error', message: known?.message ?? '' });
    } else {
      console.error('Génération du PDF impossible', error);
      post({
        type: 'failed',
        code: 'internal',
        message:
          'La génération du PDF a échoué de façon inattendue. Rien n’a été enregistré à l’emplacement choisi. Réessayez ; si cela se reproduit, signalez-le.',
      });
    }
  });
