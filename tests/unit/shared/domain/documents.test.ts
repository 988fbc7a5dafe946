import { describe, expect, it } from 'vitest';
import { documentTypes, formatReference, referencePrefix } from '../../../../shared/domain/documents';
import { documentFieldsSchema } from '../../../../shared/schemas/documents';

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
  const valid = {
    title: 'Politique qualité',
    type: 'politique',
    status: 'en_vigueur',
    processId: null,
    ownerId: null,
    reviewPeriodMonths: 12,
    lastReviewDate: '2026-01-15',
  };

  it('trims the title and accepts a valid document', () => {
    expect(documentFieldsSchema.parse({ ...valid, title: '  Politique qualité  ' }).title).toBe('Politique qualité');
  });

  it('requires a review date for a document in force, not for a draft', () => {
    const inForce = documentFieldsSchema.safeParse({ ...valid, lastReviewDate: null });
    expect(inForce.error?.issues).toEqual([expect.objectContaining({ path: ['lastReviewDate'] })]);
    expect(documentFieldsSchema.safeParse({ ...valid, status: 'brouillon', lastReviewDate: null }).success).toBe(true);
  });

  it('refuses unknown keys, control characters and out-of-range periods', () => {
    expect(documentFieldsSchema.safeParse({ ...valid, isAdmin: true }).success).toBe(false);
    expect(documentFieldsSchema.safeParse({ ...valid, title: 'A\u0000B' }).success).toBe(false);
    expect(documentFieldsSchema.safeParse({ ...valid, reviewPeriodMonths: 121 }).success).toBe(false);
    expect(documentFieldsSchema.safeParse({ ...valid, reviewPeriodMonths: 1.5 }).success).toBe(false);
  });
});
