import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * What a killed Sève leaves of its PDF exports, and its removal at the next start. A worker writes
 * under a temporary name beside the target (`.<name>.<token>.partiel`, renamed on success) and
 * browser mode keeps finished PDFs in `seve-dossiers-<pid>-…` in the temp folder; a process killed
 * meanwhile cleans neither. Each process marks what it owns with its pid, and the next one removes
 * only what belongs to processes that are gone: two Sève running at once never touch each other's.
 */

export type IsAlive = (pid: number) => boolean;

/** Whether a process still runs (EPERM: it runs, as another user). */
export const processIsAlive: IsAlive = (pid) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Prefix of browser mode's folder of finished PDFs, with the pid of the process that owns it. */
export const outputFolderPrefix = (pid = process.pid): string => `seve-dossiers-${pid}-`;

// Folders from before the pid was in the name: removed once a day old (no export runs that long).
const LEGACY_AGE_MS = 24 * 60 * 60 * 1000;
const OWNED = /^seve-dossiers-(\d+)-[A-Za-z0-9]{6}$/;
const LEGACY = /^seve-dossiers-[A-Za-z0-9]{6}$/;

/** Removes the PDF folders of browser-mode processes that are gone, in `root` (the system's temp folder). */
export const sweepOutputFolders = (root: string, isAlive: IsAlive = processIsAlive, now = Date.now()): string[] => {
  const removed: string[] = [];
  let names: string[];
  try {
    names = fs.readdirSync(root);
  } catch {
    return removed;
  }
  for (const name of names) {
    const owned = OWNED.exec(name);
    const folder = path.join(root, name);
    try {
      const stale = owned ? !isAlive(Number(owned[1])) : LEGACY.test(name) && now - fs.statSync(folder).mtimeMs > LEGACY_AGE_MS;
      if (!stale) continue;
      fs.rmSync(folder, { recursive: true, force: true });
      removed.push(folder);
    } catch {
      // Another user's folder, or removed meanwhile: not ours to worry about.
    }
  }
  return removed;
};

type Record = { path: string };

// Only a temporary name the worker writes may ever be removed from a record, whatever the record says.
const PARTIAL = /^\..+\.[0-9a-f]{12}\.partiel$/;

/**
 * The list of temporary PDFs being written, one small file per export in `folder` (this
 * computer's settings folder), named after the process's pid; null keeps nothing (tests).
 */
export const createPartialRegistry = (folder: string | null, isAlive: IsAlive = processIsAlive, pid = process.pid) => ({
  /** Notes a temporary PDF before its worker starts; the returned function forgets it once settled. */
  remember: (partial: string): (() => void) => {
    if (folder === null) return () => undefined;
    const record = path.join(folder, `${pid}-${crypto.randomBytes(6).toString('hex')}.json`);
    try {
      fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
      fs.writeFileSync(record, JSON.stringify({ path: partial } satisfies Record));
    } catch {
      // Not being able to note it only means a kill would leave it behind.
    }
    return () => fs.rmSync(record, { force: true });
  },

  /** Removes the temporary PDFs that processes now gone were writing, and their records. */
  sweep: (): string[] => {
    if (folder === null) return [];
    const removed: string[] = [];
    let names: string[];
    try {
      names = fs.readdirSync(folder);
    } catch {
      return removed;
    }
    for (const name of names) {
      const owner = /^(\d+)-[0-9a-f]{12}\.json$/.exec(name);
      if (!owner || isAlive(Number(owner[1]))) continue;
      const record = path.join(folder, name);
      try {
        const { path: partial } = JSON.parse(fs.readFileSync(record, 'utf8')) as Record;
        if (typeof partial === 'string' && path.isAbsolute(partial) && PARTIAL.test(path.basename(partial))) {
          fs.rmSync(partial, { force: true });
          removed.push(partial);
        }
      } catch {
        // A damaged record: dropped below.
      }
      fs.rmSync(record, { force: true });
    }
    return removed;
  },
});
