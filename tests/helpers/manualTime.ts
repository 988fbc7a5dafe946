import type { Timers } from '../../electron/backend/backups/scheduler';

/** A clock and timers the test moves by hand: 15 minutes pass in no time, and a delay never passes unless moved. */
export const manualTime = (start: string) => {
  let now = new Date(start).getTime();
  const pending: { at: number; run: () => void }[] = [];
  const timers: Timers = {
    set: (run, delay) => {
      const entry = { at: now + delay, run };
      pending.push(entry);
      return entry;
    },
    clear: (handle) => {
      const index = pending.indexOf(handle as (typeof pending)[number]);
      if (index >= 0) pending.splice(index, 1);
    },
  };
  return {
    now: () => new Date(now),
    /** The clock's time in milliseconds. */
    at: () => now,
    timers,
    /** How many timers wait. */
    pendingCount: () => pending.length,
    /** Moves the clock, running the timers that fall due. */
    advance: (ms: number) => {
      now += ms;
      for (const entry of pending.filter((candidate) => candidate.at <= now)) {
        pending.splice(pending.indexOf(entry), 1);
        entry.run();
      }
    },
  };
};
