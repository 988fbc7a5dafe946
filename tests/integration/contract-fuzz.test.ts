import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, methodNames } from '../../shared/api/contract';
import { errorCodes } from '../../shared/api/result';
import { dataChecksum, writeStamp } from '../helpers/checksum';
import { hostileObject } from '../helpers/hostile';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';

/** Issue 8: at least 100 cases per method in npm test. */
export const FUZZ_RUNS = 100;

describe('every contract method against random and hostile inputs', () => {
  let backend: TestBackend;
  beforeAll(async () => {
    backend = await openTestBackend();
    const person = await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Amélie Durand', jobTitle: null });
    await expectOk(backend.api, 'documents.create', {
      title: 'Traitement des réclamations',
      type: 'procedure',
      initialStatus: 'en_vigueur',
      processId: null,
      ownerId: person.id,
      reviewPeriodMonths: 12,
      effectiveDate: '2026-01-15',
      approvedById: person.id,
      approvedOn: '2026-01-10',
    });
  });
  afterAll(() => backend.close());

  it.each(methodNames)('%s answers a typed Result, never crashes, and a refusal writes nothing', { timeout: 60_000 }, async (method) => {
    const checksumBefore = dataChecksum(backend.filePath);
    await fc.assert(
      fc.asyncProperty(hostileObject, async (input) => {
        const before = writeStamp(backend.filePath);
        const result = await backend.api.invoke(method, input);
        if (result.ok) {
          // Random input that happens to be valid is fine for a read; a write must have been asked for properly.
          expect(contract[method].writes, `${method} accepted ${JSON.stringify(input)}`).toBe(false);
        } else {
          expect(errorCodes).toContain(result.error.code);
          expect(result.error.code).not.toBe('internal');
          expect(result.error.message.length).toBeGreaterThan(0);
        }
        expect(writeStamp(backend.filePath), `${method} wrote to the file for ${JSON.stringify(input)?.slice(0, 200)}`).toBe(before);
      }),
      { numRuns: FUZZ_RUNS },
    );
    expect(dataChecksum(backend.filePath)).toBe(checksumBefore);
    expect(backend.session.filePath()).toBe(backend.filePath);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(backend.errors).toEqual([]);
  });
});
