import fs from 'node:fs';
import type { Worker } from 'node:worker_threads';
import type { PackJob } from '../../../shared/schemas/pack';
import { temporaryPathFor } from './output';
import type { WorkerMessage } from './protocol';

export type Job = {
  view: PackJob;
  target: string;
  token: string;
  worker: Worker | null;
  cancel: Int32Array;
  /** Browser mode: the PDF lives in Sève's temporary folder until downloaded or replaced. */
  temporaryOutput: boolean;
  /** Drops the note that this job's temporary file exists (leftovers.ts), once the worker settled. */
  forget: () => void;
};

/** A job just started: running, nothing written yet. */
export const runningView = (jobId: string, fileName: string, savedToTarget: boolean): PackJob => ({
  jobId,
  state: 'running',
  step: 'Préparation',
  fraction: 0,
  fileName,
  savedToTarget,
  pages: null,
  bytes: null,
  embeddedFiles: null,
  missingFiles: null,
  message: null,
});

/** What a worker's message does to its job: progress moves forward, the end settles it. */
export const settleJob = (job: Job, message: WorkerMessage): void => {
  if (message.type === 'progress') {
    job.view = { ...job.view, step: message.step, fraction: Math.max(job.view.fraction, Math.min(1, message.fraction)) };
    return;
  }
  job.worker = null;
  job.forget();
  if (message.type === 'done') {
    job.view = {
      ...job.view,
      state: 'done',
      step: 'Terminé',
      fraction: 1,
      pages: message.pages,
      bytes: message.bytes,
      embeddedFiles: message.embedded,
      missingFiles: message.missing,
    };
  } else if (message.type === 'cancelled') {
    job.view = { ...job.view, state: 'cancelled', step: 'Annulé', message: 'Génération annulée : aucun fichier n’a été enregistré.' };
  } else job.view = { ...job.view, state: 'failed', step: 'Échec', message: message.message };
};

/** A worker that ended without saying how: whatever it left half-written is removed. */
export const loseJob = (job: Job, error: unknown, log: (message: string, error: unknown) => void): void => {
  if (job.view.state !== 'running') return;
  if (error) log('Le processus de génération du PDF s’est arrêté', error);
  fs.rmSync(temporaryPathFor(job.target, job.token), { force: true });
  job.forget();
  settleJob(
    job,
    Atomics.load(job.cancel, 0) === 1
      ? { type: 'cancelled' }
      : {
          type: 'failed',
          code: 'internal',
          message: 'La génération du PDF s’est arrêtée de façon inattendue. Rien n’a été enregistré à l’emplacement choisi. Réessayez.',
        },
  );
};
