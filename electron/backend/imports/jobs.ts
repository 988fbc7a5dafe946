import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { toCalendarDate } from '../../../shared/domain/dates';
import type { ImportJob, ImportScanResult, importStartSchema } from '../../../shared/schemas/import';
import { ServiceError } from '../errors';
import type { Services } from '../services';
import { scanFolder, type ScannedFile } from './scan';

type Scan = { folder: string; files: ScannedFile[] };
type Job = { view: ImportJob; cancelled: boolean };

// The page keeps at most a few lists open; older scans are forgotten (the folder is scanned again).
const KEPT_SCANS = 5;

const newId = (): string => crypto.randomBytes(18).toString('base64url');

/**
 * Folder imports of one session. A scan is kept under an opaque id with its absolute paths, so the
 * page names files by number; an import runs on the main thread one file at a time (read, hash,
 * one short write transaction), yielding between files so the app answers, and stops between two
 * files when cancelled: what was imported stays, each file being a complete document.
 */
export const createImportJobs = (deps: {
  services: () => Services;
  now: () => Date;
  afterWrite: () => void;
  log: (message: string, error: unknown) => void;
}) => {
  const scans = new Map<string, Scan>();
  const jobs = new Map<string, Job>();

  const mustGetJob = (jobId: string): Job => {
    const job = jobs.get(jobId);
    if (!job) throw new ServiceError('not_found', 'Cet import est introuvable : relancez-le depuis la liste des fichiers.');
    return job;
  };

  const scan = async (folder: string): Promise<ImportScanResult> => {
    const services = deps.services();
    const resolved = path.resolve(folder);
    const { files, skipped } = await scanFolder(resolved, {
      processes: services.processes.list(),
      storedIn: services.imports.storedIn,
      today: toCalendarDate(deps.now()),
    });
    const scanId = newId();
    scans.set(scanId, { folder: resolved, files });
    for (const old of [...scans.keys()].slice(0, Math.max(0, scans.size - KEPT_SCANS))) scans.delete(old);
    return { scanId, folder: resolved, files: files.map(({ absolutePath: _absolute, ...file }) => file), skipped };
  };

  const run = async (job: Job, scanned: Scan, items: z.output<typeof importStartSchema>['items'], services: Services): Promise<void> => {
    const seen = new Map<string, string>();
    for (const item of items) {
      if (job.cancelled) break;
      const file = scanned.files[item.fileId];
      const refuse = (reason: string) => job.view.refused.push({ relativePath: file?.relativePath ?? `#${item.fileId}`, reason });
      if (file === undefined) refuse('Ce fichier ne fait pas partie de la liste analysée.');
      else if (file.status === 'refuse' || file.status === 'doublon') refuse(file.reason ?? 'Non importable.');
      else {
        try {
          const content = await fs.promises.readFile(file.absolutePath);
          const sha256 = crypto.createHash('sha256').update(content).digest('hex');
          const earlier = seen.get(sha256);
          const stored = earlier === undefined ? services.imports.storedIn(sha256) : null;
          if (earlier !== undefined) refuse(`Doublon : même contenu que « ${earlier} ».`);
          else if (stored !== null) refuse(`Déjà dans Sève : ${stored}.`);
          else {
            const document = services.imports.importOne({ ...item, fileName: path.basename(file.relativePath), content, sha256 });
            job.view.imported.push({
              relativePath: file.relativePath,
              documentId: document.id,
              reference: document.reference,
              title: document.title,
            });
          }
          seen.set(sha256, earlier ?? file.relativePath);
        } catch (error) {
          if (error instanceof ServiceError) refuse(error.message);
          else if ((error as NodeJS.ErrnoException).code !== undefined)
            refuse('Illisible : le fichier n’a pas pu être relu au moment de l’import.');
          else throw error;
        }
      }
      job.view.processed += 1;
      job.view.fraction = job.view.processed / Math.max(1, job.view.total);
      // Let the app answer (progress, other screens) between two files.
      await new Promise((resolve) => setImmediate(resolve));
    }
  };

  return {
    scan,

    /** Imports the ticked files of a scan as they were corrected; answers at once with the job's id. */
    start: (input: z.output<typeof importStartSchema>): { jobId: string } => {
      const scanned = scans.get(input.scanId);
      if (scanned === undefined) throw new ServiceError('not_found', 'Cette liste de fichiers a expiré : analysez le dossier à nouveau.');
      if ([...jobs.values()].some((job) => job.view.state === 'running')) {
        throw new ServiceError('conflict', 'Un import est déjà en cours : attendez qu’il soit terminé ou annulez-le.');
      }
      const jobId = newId();
      const chosen = new Set(input.items.map((item) => item.fileId));
      // The report also names what the scan found but could not import, so nothing found goes unmentioned.
      const refusedAtScan = scanned.files
        .filter((file) => !chosen.has(file.id) && file.status !== 'pret')
        .map((file) => ({ relativePath: file.relativePath, reason: file.reason ?? 'Non importable.' }));
      const job: Job = {
        view: {
          jobId,
          state: 'running',
          total: input.items.length,
          processed: 0,
          fraction: 0,
          imported: [],
          refused: refusedAtScan,
          message: null,
        },
        cancelled: false,
      };
      jobs.set(jobId, job);
      // The file open now receives every document of this import, even if the user switches files meanwhile.
      void run(job, scanned, input.items, deps.services())
        .then(() => {
          job.view.state = job.cancelled ? 'cancelled' : 'done';
          if (job.cancelled)
            job.view.message = `Import annulé : ${job.view.imported.length} document(s) importé(s) avant l’annulation sont gardés.`;
        })
        .catch((error: unknown) => {
          deps.log('Import interrompu', error);
          job.view.state = 'failed';
          job.view.message = `L’import s’est arrêté sur une erreur inattendue : ${job.view.imported.length} document(s) importé(s) avant sont gardés. Réessayez avec les fichiers restants.`;
        })
        .finally(() => {
          if (job.view.imported.length > 0) deps.afterWrite();
        });
      return { jobId };
    },

    progress: (jobId: string): ImportJob => mustGetJob(jobId).view,

    cancel: (jobId: string): ImportJob => {
      const job = mustGetJob(jobId);
      if (job.view.state === 'running') job.cancelled = true;
      return job.view;
    },
  };
};

export type ImportJobs = ReturnType<typeof createImportJobs>;
