import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PackJob } from '../../../shared/schemas/pack';
import { ServiceError } from '../errors';
import type { FileOnDisk } from '../fileOnDisk';
import { sanitizeFileName } from '../files/names';
import { collectAll } from './collect';
import { createPartialRegistry, outputFolderPrefix, sweepOutputFolders } from './leftovers';
import { temporaryPathFor } from './output';
import type { PdfRequest } from './plan';
import { pdfProducer } from './provenance';
import { loseJob, runningView, settleJob, type Job } from './jobState';
import type { WorkerInput, WorkerMessage } from './protocol';

/** What a host provides for PDF exports: the bundled worker script, and where browser mode keeps finished PDFs. */
export type PackHostConfig = { workerPath: string; outputFolder?: string };

export type PackJobsOptions = {
  host: PackHostConfig | undefined;
  nativeBinding?: string;
  /** Who the PDF names as its author ("Généré par"), read when a job starts. */
  actor: () => string;
  now: () => Date;
  log: (message: string, error: unknown) => void;
  /** Where the temporary PDFs being written are noted (this computer's settings folder), so a killed process's are removed at the next start. */
  leftoversFolder?: string | null;
};

const newId = (): string => crypto.randomBytes(18).toString('base64url');

// Enough for the wizard to download what it just made; older PDFs of browser mode are removed.
const KEPT_OUTPUTS = 3;
// A worker asked to stop finishes its page first; one that does not is stopped by force.
const CANCEL_GRACE_MS = 10_000;
/**
 * The pack worker's heap ceiling. Its live data is one section's rows plus what the PDF keeps until
 * its end (one entry per page, heading and destination): near 60 Mo on ten years of a large
 * structure (1.2 Go), which a 192 Mo ceiling holds while making V8 collect early enough to keep the
 * process's peak within 400 Mo. What the PDF keeps grows with the file, so the ceiling does too:
 * 64 Mo more per Go beyond 1.5 Go (a 4.7 Go file gets about 400 Mo, and its pack completes).
 */
export const workerHeapMb = (fileBytes: number): number => {
  const gigabytes = fileBytes / 1024 ** 3;
  return Math.round(192 + 64 * Math.max(0, gigabytes - 1.5));
};

// The young generation where short-lived objects (a page's words, cells, buffers) are collected:
// 8 Mo instead of V8's default keeps about 30 Mo off the peak at no cost in time on the large file.
const WORKER_YOUNG_MB = 8;

const fileSize = (file: string): number => {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
};
const GONE_MESSAGE = 'Le PDF généré n’existe plus (il a été déplacé ou supprimé) : générez-le à nouveau.';

/** "DP-20261126-1100-7F3A9C": date and time of generation plus a random part, printed on every page. */
const packIdentifier = (at: Date): string =>
  `DP-${at.toISOString().slice(0, 16).replace(/[-:]/g, '').replace('T', '-')}-${crypto.randomBytes(3).toString('hex').toUpperCase()}`;

/** Reading a finished job's PDF: whole (the desktop's bridge), on disk (browser mode's streamed download), or its path (the desktop's "open"). */
const finishedOutputs = (mustGet: (jobId: string) => Job) => {
  const finishedFile = (jobId: string): FileOnDisk => {
    const job = mustGet(jobId);
    if (job.view.state !== 'done') throw new ServiceError('conflict', 'Le PDF n’est pas encore prêt : attendez la fin de la génération.');
    let size: number;
    try {
      size = fs.statSync(job.target).size;
    } catch {
      throw new ServiceError('not_found', GONE_MESSAGE);
    }
    return { fileName: job.view.fileName, mediaType: 'application/pdf', size, path: job.target };
  };

  return {
    /** The finished PDF's bytes, whole (the contract's `pack.download` over the desktop's bridge). */
    download: (jobId: string) => {
      const file = finishedFile(jobId);
      let content: Buffer;
      try {
        content = fs.readFileSync(file.path);
      } catch {
        throw new ServiceError('not_found', GONE_MESSAGE);
      }
      return { fileName: file.fileName, mediaType: file.mediaType, size: content.byteLength, content };
    },
    /** The finished PDF on disk, for browser mode's download: the HTTP host streams it. */
    downloadFile: (jobId: string): FileOnDisk => {
      const file = finishedFile(jobId);
      if (!fs.existsSync(file.path)) throw new ServiceError('not_found', GONE_MESSAGE);
      return file;
    },
    /** Where a finished PDF is, for the desktop's "open". */
    finishedPath: (jobId: string): string => {
      const job = mustGet(jobId);
      if (job.view.state !== 'done') throw new ServiceError('conflict', 'Le PDF n’est pas encore prêt : attendez la fin de la génération.');
      return job.target;
    },
  };
};

/**
 * PDF generation jobs of one session, each in its own worker thread. The main thread only starts,
 * watches and stops them, so the app answers while a 1,000-page pack is written.
 */
export const createPackJobs = (options: PackJobsOptions) => {
  const jobs = new Map<string, Job>();
  const targets = new Map<string, string>();
  let outputFolder: string | null = null;
  const partials = createPartialRegistry(options.leftoversFolder ?? null);
  if (options.host) {
    // What processes killed while exporting left: their temporary PDFs and browser mode's folders.
    partials.sweep();
    sweepOutputFolders(options.host.outputFolder ?? os.tmpdir());
  }

  const mustGet = (jobId: string): Job => {
    const job = jobs.get(jobId);
    if (!job)
      throw new ServiceError(
        'not_found',
        'Cette génération est introuvable : elle a peut-être été remplacée par une plus récente. Relancez-la.',
      );
    return job;
  };

  const browserOutput = (jobId: string, fileName: string): string => {
    outputFolder ??= fs.mkdtempSync(path.join(options.host?.outputFolder ?? os.tmpdir(), outputFolderPrefix()));
    const folder = path.join(outputFolder, jobId);
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    return path.join(folder, fileName);
  };

  const forgetOldOutputs = (): void => {
    const finished = [...jobs.entries()].filter(([, job]) => job.view.state !== 'running');
    for (const [id, job] of finished.slice(0, Math.max(0, finished.length - KEPT_OUTPUTS))) {
      if (job.temporaryOutput) fs.rmSync(path.dirname(job.target), { recursive: true, force: true });
      jobs.delete(id);
    }
  };

  const start = (dbPath: string, request: PdfRequest, fileName: string, targetId: string | undefined): { jobId: string } => {
    if (!options.host) {
      throw new ServiceError(
        'unsupported',
        'La génération de PDF n’est pas disponible dans cette version de Sève (module de génération absent).',
      );
    }
    if ([...jobs.values()].some((job) => job.view.state === 'running')) {
      throw new ServiceError('conflict', 'Un PDF est déjà en cours de génération : attendez qu’il soit terminé ou annulez-le.');
    }
    const chosen = targetId === undefined ? undefined : targets.get(targetId);
    if (targetId !== undefined && chosen === undefined) {
      throw new ServiceError('not_found', 'L’emplacement choisi a expiré : choisissez à nouveau où enregistrer le PDF.');
    }
    if (targetId !== undefined) targets.delete(targetId);
    forgetOldOutputs();
    const jobId = newId();
    const cleanName = sanitizeFileName(fileName);
    const target = chosen ?? browserOutput(jobId, cleanName);
    const cancel = new SharedArrayBuffer(4);
    const generatedAt = options.now();
    const input: WorkerInput = {
      dbPath,
      nativeBinding: options.nativeBinding,
      request,
      target,
      token: crypto.randomBytes(6).toString('hex'),
      producer: pdfProducer(options),
      generatedAt: generatedAt.toISOString(),
      packId: packIdentifier(generatedAt),
      cancel,
    };
    const job: Job = {
      view: runningView(jobId, path.basename(target), chosen !== undefined),
      target,
      token: input.token,
      worker: null,
      cancel: new Int32Array(cancel),
      temporaryOutput: chosen === undefined,
      forget: partials.remember(temporaryPathFor(target, input.token)),
    };
    // The pack's peak is the process's: what earlier answers left in this thread is given back
    // before the worker adds its own.
    collectAll();
    // A bounded heap: the pack streams, so its live data is small; the limit makes V8 collect early
    // instead of letting garbage from 1,000 pages grow the process.
    const worker = new Worker(options.host.workerPath, {
      workerData: input,
      resourceLimits: { maxOldGenerationSizeMb: workerHeapMb(fileSize(dbPath)), maxYoungGenerationSizeMb: WORKER_YOUNG_MB },
    });
    job.worker = worker;
    worker.on('message', (message: WorkerMessage) => settleJob(job, message));
    worker.on('error', (error) => loseJob(job, error, options.log));
    worker.on('exit', () => loseJob(job, null, options.log));
    jobs.set(jobId, job);
    return { jobId };
  };

  const cancel = (jobId: string): PackJob => {
    const job = mustGet(jobId);
    if (job.view.state !== 'running') return job.view;
    Atomics.store(job.cancel, 0, 1);
    job.view = { ...job.view, step: 'Annulation en cours' };
    const worker = job.worker;
    setTimeout(() => {
      if (job.worker === worker && worker) void worker.terminate();
    }, CANCEL_GRACE_MS).unref();
    return job.view;
  };

  return {
    /** Desktop: remembers a path chosen in the save dialog; the page only ever sees the opaque id. */
    registerTarget: (filePath: string): { targetId: string; fileName: string } => {
      const targetId = newId();
      targets.set(targetId, filePath);
      return { targetId, fileName: path.basename(filePath) };
    },
    start,
    progress: (jobId: string): PackJob => mustGet(jobId).view,
    cancel,
    ...finishedOutputs(mustGet),
    /** Stops every job and removes browser mode's PDFs (the session is closing). */
    dispose: async (): Promise<void> => {
      for (const job of jobs.values()) {
        if (job.worker) {
          Atomics.store(job.cancel, 0, 1);
          await job.worker.terminate();
        }
      }
      if (outputFolder) fs.rmSync(outputFolder, { recursive: true, force: true });
      jobs.clear();
    },
  };
};

export type PackJobs = ReturnType<typeof createPackJobs>;
