import v8 from 'node:v8';
import vm from 'node:vm';

type Collect = (options: { type: 'minor' | 'major' }) => void;

let collect: Collect | null = null;

/**
 * A minor collection of the current thread's young generation (a millisecond or so on the pack
 * worker's 8 Mo). V8 gives its `gc` function only to contexts created once `--expose-gc` is set,
 * so the flag is set (for the whole process, as test runners that measure heaps do) and a new
 * context hands the function over.
 */
export const collectYoung = (): void => {
  if (collect === null) {
    v8.setFlagsFromString('--expose-gc');
    collect = vm.runInNewContext('gc') as Collect;
  }
  collect({ type: 'minor' });
};
