import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../shared/api/contract';
import { writeStamp } from '../helpers/checksum';
import { contractCase, expectFrenchRefusal, namingPaths } from '../helpers/contractArbitrary';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';

/** Cases per method: inputs shaped like the contract reach the services, so each one costs more than a random one. */
export const VALUE_FUZZ_RUNS = Number(process.env.SEVE_FUZZ_RUNS ?? 60);

describe('every contract method against well-shaped inputs holding out-of-range dates, unknown ids and broken text', () => {
  let backend: TestBackend;
  beforeAll(async () => {
    backend = await openTestBackend();
    const person = await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Amélie Durand', jobTitle: null });
    await expectOk(backend.api, 'people.create', { name: 'Karim Benali', jobTitle: 'CIP' });
    await expectOk(backend.api, 'processes.create', { name: 'Accueil', kind: 'realisation', pilotId: person.id });
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

  it.each(methodNames.filter((method) => !namingPaths.has(method)))(
    '%s: a French refusal for each bad value, never internal, and a refusal writes nothing',
    { timeout: 120_000 },
    async (method) => {
      const errorsBefore = backend.errors.length;
      await fc.assert(
        fc.asyncProperty(contractCase(method), async ({ input, slot, bad }) => {
          const before = writeStamp(backend.filePath);
          const result = await backend.api.invoke(method, input);
          const shown = JSON.stringify(input)?.slice(0, 300);
          if (!result.ok) {
            expect(result.error.code, `${method} ${shown}: ${result.error.message}`).not.toBe('internal');
            expect(writeStamp(backend.filePath), `${method} wrote to the file for ${shown}`).toBe(before);
          }
          expectFrenchRefusal(method, input, slot, bad, result);
        }),
        { numRuns: VALUE_FUZZ_RUNS },
      );
      expect(backend.session.filePath()).toBe(backend.filePath);
      expect(backend.errors.slice(errorsBefore)).toEqual([]);
    },
  );
});
