import { describe, expect, it } from 'vitest';
import { workerHeapMb } from '../../../../electron/backend/pack/jobs';

const GB = 1024 ** 3;

describe('the pack worker’s heap ceiling', () => {
  it('is 192 Mo up to 1.5 Go of file, ten years of a large structure included', () => {
    expect(workerHeapMb(0)).toBe(192);
    expect(workerHeapMb(1.2 * GB)).toBe(192);
    expect(workerHeapMb(1.5 * GB)).toBe(192);
  });

  it('grows by 64 Mo per Go beyond: the same file four times over gets about 400 Mo', () => {
    expect(workerHeapMb(2.5 * GB)).toBe(256);
    expect(workerHeapMb(4.75 * GB)).toBe(400);
  });
});
