import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, fingerprintInBlocks, normalisedFingerprint, snapshotSchemaProblem } from '../../../../shared/domain/group';

const fingerprint = 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90';

describe('group certification rules', () => {
  it('shows a fingerprint in sixteen blocks of four and reads back what was typed from them', () => {
    const blocks = fingerprintInBlocks(fingerprint);
    expect(blocks).toBe('A1B2 C3D4 E5F6 0718 293A 4B5C 6D7E 8F90 A1B2 C3D4 E5F6 0718 293A 4B5C 6D7E 8F90');
    expect(normalisedFingerprint(blocks)).toBe(fingerprint);
    expect(normalisedFingerprint(blocks.replaceAll(' ', '-').toLowerCase())).toBe(fingerprint);
    expect(normalisedFingerprint(blocks.slice(0, -1))).toBeNull();
    expect(normalisedFingerprint(blocks.replace('A1B2', 'G1B2'))).toBeNull();
  });

  it('writes the same canonical JSON whatever order the keys were set in', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 'é', e: null }], c: true } })).toBe('{"a":{"c":true,"d":[2,{"e":null,"f":"é"}]},"b":1}');
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (record) => {
        const reversed = Object.fromEntries(Object.entries(record).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(record));
        expect(JSON.parse(canonicalJson(record))).toEqual(JSON.parse(JSON.stringify(record)));
      }),
    );
  });

  it('accepts only a snapshot of the same schema, and says which side must update', () => {
    expect(snapshotSchemaProblem(17, 17)).toBeNull();
    expect(snapshotSchemaProblem(18, 17)).toMatch(
      /^Cet envoi a été créé par une version plus récente de Sève \(schéma 18.*mettez Sève à jour sur cet ordinateur/,
    );
    expect(snapshotSchemaProblem(16, 17)).toMatch(/version plus ancienne de Sève \(schéma 16.*demandez au membre de mettre Sève à jour/);
  });
});
