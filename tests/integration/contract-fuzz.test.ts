import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, methodNames } from '../../shared/api/contract';
import { errorCodes } from '../../shared/api/result';
import { dataChecksum } from '../helpers/checksum';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';

/** Values an attacker or a buggy page would send: wrong types, huge strings, SQL, prototype keys, bad dates. */
const hostileValue = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    -1,
    0,
    1.5,
    Number.MAX_SAFE_INTEGER + 2,
    Number.NaN,
    '',
    ' ',
    'x'.repeat(100_000),
    "'; DROP TABLE documents; --",
    '2026-02-30',
    '31/12/2026',
    null,
    [],
    {},
  ),
  fc.string({ unit: 'binary', maxLength: 300 }),
);
const hostileObject = fc.oneof(
  fc.dictionary(fc.string({ maxLength: 20 }), hostileValue, { maxKeys: 8 }),
  fc.constantFrom(
    JSON.parse('{"__proto__": {"polluted": true}}'),
    { constructor: { prototype: { polluted: true } } },
    { id: -1 },
    { id: '1' },
    { fields: null },
  ),
  hostileValue,
);

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

  it.each(methodNames)('%s answers a typed Result, never crashes, and a refusal writes nothing', async (method) => {
    await fc.assert(
      fc.asyncProperty(hostileObject, async (input) => {
        const before = dataChecksum(backend.filePath);
        const result = await backend.api.invoke(method, input);
        if (result.ok) {
          // Random input that happens to be valid is fine for a read; a write must have been asked for properly.
          expect(contract[method].writes, `${method} accepted ${JSON.stringify(input)}`).toBe(false);
          return;
        }
        expect(errorCodes).toContain(result.error.code);
        expect(result.error.code).not.toBe('internal');
        expect(result.error.message.length).toBeGreaterThan(0);
        expect(dataChecksum(backend.filePath)).toBe(before);
      }),
      { numRuns: 60 },
    );
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(backend.errors).toEqual([]);
  });
});
