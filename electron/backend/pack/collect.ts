import v8 from 'node:v8';
import vm from 'node:vm';

type Collect = (options: { type: 'minor' | 'major' }) => void;

let collect: Collect | null = null;

/**
 * V8 gives its `gc` function only to contexts created once `--expose-gc` is set: the flag is set
 * (for the whole process, as test runners that measure heaps do) and a new context hands the
 * function over, for the thread that asks.
 */
const collector = (): Collect => {
  if (collect === null) {
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as Collect;
  }
  return collect;
};

/** A minor collection of the current thread's young generation (a millisecond or so on the pack worker's 8 Mo). */
export const collectYoung = (): void => collector()({ type: 'minor' });

/**
 * A full collection of the current thread's heap (tens of milliseconds). Large answers (a register,
 * « Prêt pour l'audit ? ») are allocated in V8's large-object space, which only a full collection
 * frees, and V8 lets it grow far before its first one.
 */
export const collectAll = (): void => collector()({ type: 'major' });
