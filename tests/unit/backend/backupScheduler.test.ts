import { describe, expect, it } from 'vitest';
import { createAutoBackup } from '../../../electron/backend/backups/scheduler';
import { manualTime } from '../../helpers/manualTime';

const MINUTE = 60_000;

const setup = () => {
  const time = manualTime('2026-11-26T10:00:00Z');
  const runs: number[] = [];
  const errors: unknown[] = [];
  let fail = false;
  const auto = createAutoBackup({
    now: time.now,
    timers: time.timers,
    run: async () => {
      if (fail) throw new Error('disque plein');
      runs.push(time.at());
    },
    onError: (error) => errors.push(error),
    onSuccess: () => undefined,
    lastBackupAt: null,
  });
  const advance = async (ms: number) => {
    time.advance(ms);
    await auto.idle();
  };
  return { auto, advance, runs, errors, pendingCount: time.pendingCount, start: time.at(), setFail: (value: boolean) => (fail = value) };
};

describe('automatic backups after changes', () => {
  it('runs once for a burst of changes, then waits 15 minutes between backups', async () => {
    const { auto, advance, runs, start } = setup();
    auto.changed();
    auto.changed();
    await advance(0);
    expect(runs).toEqual([start]);
    await advance(MINUTE);
    auto.changed();
    await advance(13 * MINUTE);
    expect(runs).toHaveLength(1);
    await advance(MINUTE);
    expect(runs).toEqual([start, start + 15 * MINUTE]);
    await advance(60 * MINUTE);
    expect(runs).toHaveLength(2);
  });

  it('counts the interval from any backup, and flush runs a pending one at once', async () => {
    const { auto, advance, runs, start } = setup();
    auto.backedUp(new Date(start));
    auto.changed();
    await advance(MINUTE);
    expect(runs).toEqual([]);
    await auto.flush();
    expect(runs).toEqual([start + MINUTE]);
  });

  it('reports a failure without throwing at the writer, and tries again at the next change', async () => {
    const { auto, advance, runs, errors, setFail } = setup();
    setFail(true);
    auto.changed();
    await advance(0);
    expect(errors).toHaveLength(1);
    setFail(false);
    auto.changed();
    await advance(0);
    expect(runs).toHaveLength(1);
  });

  it('stop forgets a pending backup', async () => {
    const { auto, advance, runs, pendingCount, start } = setup();
    auto.backedUp(new Date(start));
    auto.changed();
    auto.stop();
    expect(pendingCount()).toBe(0);
    await advance(60 * MINUTE);
    expect(runs).toEqual([]);
  });
});
