import { describe, expect, it } from 'vitest';
import { documentTypes, formatReference, referencePrefix } from '../../../../shared/domain/documents';
import { documentCreateSchema, documentFieldsSchema } from '../../../../shared/schemas/documents';

describe('document references', () => {
  it('uses one distinct prefix per type', () => {
    const prefixes = documentTypes.map((type) => referencePrefix[type]);
    expect(new Set(prefixes).size).toBe(documentTypes.length);
  });

  it.each([
    ['procedure', 1, 'PR-001'],
    ['formulaire', 42, 'FO-042'],
    ['politique', 7, 'POL-007'],
    ['enregistrement', 1234, 'ENR-1234'],
  ] as const)('%s #%i → %s', (type, sequence, expected) => {
    expect(formatReference(type, sequence)).toBe(expected);
  });
});

describe('document fields', () => {
  const valid = { title: 'Politique qualité', type: 'politique', processId: null, ownerId: null, reviewPeriodMonths: 12 };
  const creation = { ...valid, initialStatus: 'en_vigueur', effectiveDate: '2026-01-15', approvedById: null, approvedOn: null };

  it('trims the title and accepts a valid document', () => {
    expect(documentFieldsSchema.parse({ ...valid, title: '  Politique qualité  ' }).title).toBe('Politique qualité');
  });

  it('requires an effective date for a document registered in force, not for a draft', () => {
    const inForce = documentCreateSchema.safeParse({ ...creation, effectiveDate: null });
    expect(inForce.error?.issues).toEqual([expect.objectContaining({ path: ['effectiveDate'] })]);
    expect(documentCreateSchema.safeParse({ ...creation, initialStatus: 'brouillon', effectiveDate: null }).success).toBe(true);
  });

  it('refuses unknown keys (in French), control characters and out-of-range periods', () => {
    expect(documentFieldsSchema.safeParse({ ...valid, isAdmin: true }).error?.issues[0]?.message).toBe('Clé non reconnue : "isAdmin"');
    expect(documentFieldsSchema.safeParse({ ...valid, title: 'A\u0000B' }).success).toBe(false);
    expect(documentFieldsSchema.safeParse({ ...valid, reviewPeriodMonths: 121 }).success).toBe(false);
    expect(documentFieldsSchema.safeParse({ ...valid, reviewPeriodMonths: 1.5 }).success).toBe(false);
  });
});
