import { describe, expect, it } from 'vitest';
import { deferStart } from '../../../electron/backend/deferred-start';
import { manualTime } from '../../helpers/manualTime';

/** Whether the promise has settled by now, and how. */
const settledAs = <T>(promise: Promise<T>): Promise<T | 'en attente'> => Promise.race([promise, Promise.resolve('en attente' as const)]);

describe('work deferred after opening', () => {
  it('starts once its delay has passed, not before', async () => {
    const time = manualTime('2026-11-26T10:00:00Z');
    const start = deferStart(time.timers, 3_000);
    time.advance(2_999);
    expect(await settledAs(start.started)).toBe('en attente');
    time.advance(1);
    expect(await start.started).toBe(true);
  });

  it('starts at once when asked, and forgets its timer', async () => {
    const time = manualTime('2026-11-26T10:00:00Z');
    const start = deferStart(time.timers, 3_000);
    start.now();
    expect(await start.started).toBe(true);
    expect(time.pendingCount()).toBe(0);
  });

  it('never starts once cancelled, and the first decision holds', async () => {
    const time = manualTime('2026-11-26T10:00:00Z');
    const start = deferStart(time.timers, 3_000);
    start.cancel();
    start.now();
    time.advance(10_000);
    expect(await start.started).toBe(false);
    expect(time.pendingCount()).toBe(0);
  });
});
