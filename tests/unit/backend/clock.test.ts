import { describe, expect, it } from 'vitest';
import { pinnedClock } from '../../../electron/backend/clock';

describe('the clock of browser mode’s --today', () => {
  it('starts at noon of the chosen day and runs at the real pace', () => {
    let real = Date.UTC(2027, 0, 31, 23, 30);
    const clock = pinnedClock('2026-11-29', () => real);
    const start = clock?.();
    expect([start?.getFullYear(), start?.getMonth(), start?.getDate(), start?.getHours()]).toEqual([2026, 10, 29, 12]);
    real += 90 * 60_000;
    expect((clock?.().getTime() ?? 0) - (start?.getTime() ?? 0)).toBe(90 * 60_000);
  });

  it.each(['2026-02-30', '29/11/2026', '', '2026-13-01'])('refuses « %s »', (value) => {
    expect(pinnedClock(value)).toBeNull();
  });
});
