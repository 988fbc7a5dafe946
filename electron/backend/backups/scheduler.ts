import { nextAutoBackupAt } from '../../../shared/domain/backups';

export type Timers = {
  set: (run: () => void, delayMs: number) => unknown;
  clear: (handle: unknown) => void;
};

/** Node's timers, unref'd: a pending backup never keeps a process (or a test run) alive. */
export const nodeTimers: Timers = {
  set: (run, delayMs) => setTimeout(run, delayMs).unref(),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export type AutoBackupOptions = {
  now: () => Date;
  timers: Timers;
  /** Takes the backup; its failure is reported through `onError`, never thrown at the writer. */
  run: () => Promise<unknown>;
  onError: (error: unknown) => void;
  onSuccess: () => void;
  lastBackupAt: Date | null;
};

/**
 * Backs up after changes, at most every 15 minutes while changes happen: the first change after a
 * quiet spell is saved at once, later ones when the interval since the last backup has passed.
 * Any backup (on opening, manual) restarts the interval.
 */
export const createAutoBackup = (options: AutoBackupOptions) => {
  let lastBackupAt = options.lastBackupAt;
  let dirty = false;
  let timer: unknown = null;
  let running: Promise<void> | null = null;

  const fire = (): Promise<void> => {
    timer = null;
    dirty = false;
    running = options
      .run()
      .then(
        () => {
          lastBackupAt = options.now();
          options.onSuccess();
        },
        (error: unknown) => options.onError(error),
      )
      .finally(() => {
        running = null;
        if (dirty) schedule();
      });
    return running;
  };

  const schedule = (): void => {
    if (timer !== null || running !== null) return;
    const delay = Math.max(0, nextAutoBackupAt(lastBackupAt, options.now()).getTime() - options.now().getTime());
    timer = options.timers.set(() => void fire(), delay);
  };

  return {
    /** A change was committed. */
    changed: (): void => {
      dirty = true;
      schedule();
    },
    /** Another backup was just taken: the interval counts from it. */
    backedUp: (at: Date): void => {
      lastBackupAt = at;
    },
    /** Runs a pending backup now (before switching files) and waits for any running one. */
    flush: async (): Promise<void> => {
      if (timer !== null) {
        options.timers.clear(timer);
        await fire();
      }
      await running;
    },
    /** Waits for a running backup without forcing a pending one (tests). */
    idle: async (): Promise<void> => {
      await running;
    },
    stop: (): void => {
      if (timer !== null) options.timers.clear(timer);
      timer = null;
      dirty = false;
    },
  };
};

export type AutoBackup = ReturnType<typeof createAutoBackup>;
