import type { Timers } from './backups/scheduler';

/** Work that waits for a delay unless it is asked for at once, or never starts once cancelled. */
export type DeferredStart = {
  /** Resolves true when the work may start (the delay passed, or `now()`), false when cancelled first. */
  started: Promise<boolean>;
  now: () => void;
  cancel: () => void;
};

/** Starts after `delayMs` on `timers`, or at the first `now()`; the first of now, cancel or the delay decides. */
export const deferStart = (timers: Timers, delayMs: number): DeferredStart => {
  let settle: (go: boolean) => void = () => undefined;
  const started = new Promise<boolean>((resolve) => (settle = resolve));
  let handle: unknown = null;
  let decided = false;
  const decide = (go: boolean): void => {
    if (decided) return;
    decided = true;
    if (handle !== null) timers.clear(handle);
    settle(go);
  };
  handle = timers.set(() => decide(true), delayMs);
  return { started, now: () => decide(true), cancel: () => decide(false) };
};
