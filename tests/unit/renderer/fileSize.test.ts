import { describe, expect, it } from 'vitest';
import { fileSizeParts } from '../../../renderer/src/features/files/size';

describe('fileSizeParts', () => {
  it('reads bytes, ko, Mo and Go in binary multiples', () => {
    expect(fileSizeParts(0)).toEqual({ unit: 'bytes', value: 0 });
    expect(fileSizeParts(1023)).toEqual({ unit: 'bytes', value: 1023 });
    expect(fileSizeParts(1024)).toEqual({ unit: 'kb', value: 1 });
    expect(fileSizeParts(1.2 * 1024 * 1024)).toEqual({ unit: 'mb', value: 1.2 });
    expect(fileSizeParts(100 * 1024 * 1024)).toEqual({ unit: 'mb', value: 100 });
    expect(fileSizeParts(3 * 1024 ** 3)).toEqual({ unit: 'gb', value: 3 });
  });
});
