import { describe, expect, it } from 'vitest';
import { collectYoung } from '../../../../electron/backend/pack/collect';

const MB = 1024 * 1024;
const arrayBuffers = (): number => process.memoryUsage().arrayBuffers;

/** A content read, used and dropped (its frame is gone once this returns). */
const readAndDrop = (index: number): number => {
  const content = Buffer.allocUnsafe(4 * MB);
  content.fill(index);
  return content[0] ?? -1;
};

describe('collectYoung', () => {
  it('gives back at once the memory of buffers read and dropped, as an embedded file’s content is', () => {
    collectYoung();
    const baseline = arrayBuffers();
    // Four contents of 4 Mo, each read, used and dropped: V8 alone would keep them until its next collection.
    for (let index = 0; index < 4; index++) expect(readAndDrop(index)).toBe(index);
    expect(arrayBuffers() - baseline).toBeGreaterThanOrEqual(12 * MB);
    collectYoung();
    expect(arrayBuffers() - baseline).toBeLessThan(4 * MB);
  });
});
