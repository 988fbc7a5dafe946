import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { CopyWorkerInput, CopyWorkerMessage } from './copyWorker';

/**
 * The backup worker: copies the data file with SQLite's online backup API from its own read-only
 * connection, in one step (one read transaction: a consistent snapshot, never restarted by a write
 * of the app meanwhile), makes the copy one self-contained file and runs `integrity_check` on it.
 * All of it off the main thread: the app answers while a file of a gigabyte is copied and checked.
 * Its other job (`kind: 'check'`) checks the data file itself just after it was opened.
 */
const input = workerData as CopyWorkerInput;
const post = (message: CopyWorkerMessage): void => parentPort?.postMessage(message);

/** The first line a check gives, or 'ok'. */
const firstProblem = (db: Database.Database, pragma: 'integrity_check' | 'quick_check'): string => {
  const rows = db.pragma(`${pragma}(1)`) as Record<string, string>[];
  return Object.values(rows[0] ?? {})[0] ?? 'ok';
};

/** The data file itself, checked after it was opened (quick_check tells damaged pages from index mismatches). */
const check = (): CopyWorkerMessage => {
  const source = new Database(input.source, { readonly: true, fileMustExist: true, nativeBinding: input.nativeBinding });
  try {
    source.pragma('busy_timeout = 5000');
    const integrity = firstProblem(source, 'integrity_check');
    return { type: 'checked', integrity, quick: integrity === 'ok' ? 'ok' : firstProblem(source, 'quick_check') };
  } finally {
    source.close();
  }
};

const run = async (): Promise<CopyWorkerMessage> => {
  if (input.kind === 'check') return check();
  const source = new Database(input.source, { readonly: true, fileMustExist: true, nativeBinding: input.nativeBinding });
  try {
    source.pragma('busy_timeout = 5000');
    await source.backup(input.partial, { progress: () => 0x7fffffff });
  } finally {
    source.close();
  }
  const copy = new Database(input.partial, { fileMustExist: true, nativeBinding: input.nativeBinding });
  try {
    copy.pragma('journal_mode = DELETE');
    const rows = copy.pragma('integrity_check') as { integrity_check: string }[];
    return { type: 'done', intact: rows.length === 1 && rows[0]?.integrity_check === 'ok' };
  } finally {
    copy.close();
  }
};

run()
  .then(post)
  .catch((error: unknown) => {
    const code = (error as { code?: unknown } | null)?.code;
    post({ type: 'failed', code: typeof code === 'string' ? code : null, message: error instanceof Error ? error.message : String(error) });
  });
