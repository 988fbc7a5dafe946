import { describe, expect, it } from 'vitest';
import { contract, methodNames } from '../../../shared/api/contract';
import { errorCodes } from '../../../shared/api/result';
import { expectOk, openTestBackend } from '../../helpers/backend';

describe('the contract and its handler table', () => {
  it('names every method domain.verb', () => {
    for (const name of methodNames) expect(name).toMatch(/^[a-z][a-zA-Z]*\.[a-zA-Z]+$/);
  });

  it('has a handler for every method, and answers every one with a typed Result', async () => {
    const backend = await openTestBackend();
    try {
      for (const method of methodNames) {
        const result = await backend.api.invoke(method, { bogus: true });
        if (!result.ok) expect(errorCodes).toContain(result.error.code);
        expect(result.ok ? 'ok' : result.error.code).not.toBe('unknown_method');
      }
      expect(backend.errors).toEqual([]);
    } finally {
      backend.close();
    }
  });

  it('returns outputs that match the contract’s output schemas', async () => {
    const backend = await openTestBackend();
    try {
      const person = await expectOk<{ id: number }>(backend.api, 'people.create', { name: 'Sophie Leroy', jobTitle: 'Directrice' });
      const document = await expectOk<{ id: number }>(backend.api, 'documents.create', {
        title: 'Manuel qualité',
        type: 'manuel',
        initialStatus: 'en_vigueur',
        processId: null,
        ownerId: person.id,
        reviewPeriodMonths: 24,
        effectiveDate: '2025-06-01',
        approvedById: person.id,
        approvedOn: '2025-05-20',
      });
      const draft = await expectOk<{ id: number }>(backend.api, 'documents.createVersion', { documentId: document.id });
      const samples: [keyof typeof contract, unknown][] = [
        ['app.info', {}],
        ['people.list', {}],
        ['processes.list', {}],
        ['documents.list', {}],
        ['documents.get', { id: document.id }],
        ['history.forRecord', { entity: 'document', entityId: document.id }],
        ['organisation.get', {}],
        ['documents.versions', { documentId: document.id }],
        ['documents.reviews', { documentId: document.id }],
        ['documents.reads', { versionId: draft.id }],
      ];
      for (const [method, input] of samples) {
        const value = await expectOk(backend.api, method, input);
        expect(contract[method].output.safeParse(value).success, method).toBe(true);
      }
    } finally {
      backend.close();
    }
  });

  it('refuses the bad values the issue found with invalid_input and a French message on their field, writing nothing', async () => {
    const backend = await openTestBackend();
    try {
      const refusal = async (method: string, input: unknown) => {
        const result = await backend.api.invoke(method, input);
        if (result.ok) throw new Error(`${method} accepted ${JSON.stringify(input)}`);
        expect(result.error.code).toBe('invalid_input');
        return result.error.fields ?? {};
      };
      // An unknown foreign id: the service checks it before the insert, instead of a foreign-key failure.
      expect(await refusal('processes.create', { name: 'Accueil', kind: 'realisation', pilotId: 987_654 })).toEqual({
        pilotId: 'Ce pilote n’existe pas dans l’annuaire.',
      });
      // Dates SQLite's CHECKs would have refused as a bug.
      const nc = {
        source: 'quotidien',
        detectedById: null,
        processId: null,
        requirementIds: [],
        description: 'Écart',
        severity: 'mineure',
      };
      for (const detectedOn of ['1999-12-31', '2101-01-01'])
        expect((await refusal('nonconformities.create', { ...nc, detectedOn })).detectedOn).toBe(
          'La date doit être comprise entre le 1er janvier 2000 et le 31 décembre 2100.',
        );
      // A lone surrogate, wherever it is, and a line break in a name.
      expect(await refusal('people.create', { name: 'Amélie \uD83D', jobTitle: null })).toEqual({
        name: expect.stringMatching(/caractère mal encodé/),
      });
      expect(await refusal('people.create', { name: 'Amélie\r\nDurand', jobTitle: null })).toEqual({
        name: 'Le nom doit tenir sur une seule ligne.',
      });
      expect(await expectOk(backend.api, 'processes.list', {})).toEqual([]);
      expect(await expectOk(backend.api, 'people.list', {})).toEqual([]);
      expect(backend.errors).toEqual([]);
    } finally {
      backend.close();
    }
  });

  it('reports no_file_open, with the refusal’s message, when the file could not be opened', async () => {
    const backend = await openTestBackend();
    backend.session.close();
    const result = await backend.api.invoke('people.list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'no_file_open' } });
    backend.close();
  });
});
