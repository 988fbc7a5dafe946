import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../shared/schemas/history';
import type { Referential, ReferentialExport, Requirement } from '../../shared/schemas/referentials';
import { expectOk, openTestBackend, type TestBackend } from '../helpers/backend';
import { counts, iso } from '../helpers/referentials';

describe('referential export and import', () => {
  let backend: TestBackend;
  beforeEach(async () => {
    backend = await openTestBackend();
  });
  afterEach(() => backend.close());

  it('exports the shipped ISO 9001:2015 byte for byte as its resource file', async () => {
    const { referential } = await iso(backend);
    const exported = await expectOk<ReferentialExport>(backend.api, 'referentials.export', { id: referential.id });
    const resource = fs.readFileSync(path.resolve(import.meta.dirname, '../../resources/referentials/iso9001-2015.json'), 'utf8');
    expect(exported).toEqual({ fileName: 'iso9001-2015.json', json: resource });
  });

  it('round-trips a scheme through export and import into another file, byte-stable', async () => {
    const { referential: base } = await iso(backend);
    const scheme = await expectOk<Referential>(backend.api, 'referentials.create', { name: 'Qualiopi', edition: 'V9', baseId: base.id });
    const c1 = await expectOk<Requirement>(backend.api, 'referentials.addRequirement', {
      referentialId: scheme.id,
      fields: { number: 'C1', titleFr: 'Information du public', titleEn: 'Public information', text: null, parentId: null },
    });
    for (const [number, text] of [
      ['I-10', 'Texte « entre guillemets »\net sur deux lignes — œ.'],
      ['I-2', null],
    ] as const) {
      await expectOk(backend.api, 'referentials.addRequirement', {
        referentialId: scheme.id,
        fields: { number, titleFr: `Indicateur ${number}`, titleEn: null, text, parentId: c1.id },
      });
    }
    const first = await expectOk<ReferentialExport>(backend.api, 'referentials.export', { id: scheme.id });
    expect(JSON.parse(first.json)).toMatchObject({ referential: { code: 'qualiopi-v9', base: 'iso9001-2015' } });
    expect(await expectOk<ReferentialExport>(backend.api, 'referentials.export', { id: scheme.id })).toEqual(first);

    const other = await openTestBackend();
    try {
      const imported = await expectOk<Referential>(other.api, 'referentials.import', { json: first.json });
      expect(imported).toMatchObject({ code: 'qualiopi-v9', source: 'importe', baseName: 'ISO 9001:2015', requirementCount: 3 });
      const second = await expectOk<ReferentialExport>(other.api, 'referentials.export', { id: imported.id });
      expect(second.json).toBe(first.json);
      const history = await expectOk<HistoryEntry[]>(other.api, 'history.forRecord', { entity: 'referential', entityId: imported.id });
      expect(history[0]).toMatchObject({ action: 'create', actor: 'Testeur' });
    } finally {
      other.close();
    }
  });

  describe('refuses a bad import with a French reason and leaves the file unchanged', () => {
    const valid = {
      format: 'seve-referentiel',
      formatVersion: 1,
      referential: { code: 'cap-iso-9001', name: 'CAP ISO 9001', edition: '2025', kind: 'schema', base: 'iso9001-2015' },
      requirements: [
        { number: 'P1', titleFr: 'Identité' },
        { number: 'P1.1', titleFr: 'Projet associatif', parent: 'P1' },
      ],
    };
    const withRequirements = (requirements: unknown[]) => JSON.stringify({ ...valid, requirements });
    const cases: [string, string, RegExp][] = [
      ['invalid JSON', '{ "format": "seve-referentiel", ', /pas du JSON lisible/],
      ['an array', '[]', /n’est pas un référentiel Sève/],
      ['another format', JSON.stringify({ ...valid, format: 'autre' }), /format « seve-referentiel » attendu/],
      ['a newer format', JSON.stringify({ ...valid, formatVersion: 2 }), /version plus récente/],
      ['a missing title', withRequirements([{ number: 'P1' }]), /Exigence n° 1 \(« P1 »\), titre français : information manquante/],
      ['missing requirements', JSON.stringify({ ...valid, requirements: undefined }), /information manquante/],
      ['an unknown field', withRequirements([{ number: 'P1', titleFr: 'x', remarque: 'y' }]), /champ inconnu \(remarque\)/],
      [
        'duplicate numbers',
        withRequirements([
          { number: 'P1', titleFr: 'a' },
          { number: 'P1', titleFr: 'b' },
        ]),
        /« P1 » apparaît deux fois/,
      ],
      ['an unknown parent', withRequirements([{ number: 'P1.1', titleFr: 'a', parent: 'P9' }]), /parent « P9 » n’existe pas/],
      [
        'a cycle',
        withRequirements([
          { number: 'A', titleFr: 'a', parent: 'C' },
          { number: 'B', titleFr: 'b', parent: 'A' },
          { number: 'C', titleFr: 'c', parent: 'B' },
        ]),
        /boucle : A → C → B → A/,
      ],
      ['an unknown base', JSON.stringify({ ...valid, referential: { ...valid.referential, base: 'iso9001-2026' } }), /importez-le d’abord/],
      [
        'a code already present',
        JSON.stringify({ ...valid, referential: { ...valid.referential, code: 'iso9001-2015' } }),
        /déjà un référentiel de code/,
      ],
      ['a 10 MB string', 'x'.repeat(10 * 1024 * 1024), /trop volumineux/],
    ];

    it.each(cases)('%s', async (_label, json, reason) => {
      const before = counts(backend.filePath);
      const result = await backend.api.invoke('referentials.import', { json });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('invalid_input');
      expect(result.error.fields?.json).toMatch(reason);
      expect(result.error.fields?.json).toMatch(/Rien n’a été importé\.$/);
      expect(counts(backend.filePath)).toEqual(before);
      expect(backend.errors).toEqual([]);
    });

    it('and imports the valid file', async () => {
      const imported = await expectOk<Referential>(backend.api, 'referentials.import', { json: JSON.stringify(valid) });
      expect(imported).toMatchObject({ name: 'CAP ISO 9001', requirementCount: 2 });
    });
  });
});
