import { describe, expect, it } from 'vitest';
import type { ValueRules } from '../../../shared/domain/indicator-values';
import { measurementEntrySchema } from '../../../shared/schemas/indicators';

const simpleRate: ValueRules = { unit: 'pourcentage', scaleMax: null, denominatorLabel: 'Sorties de la période', partLabels: [] };
const partsRate: ValueRules = { ...simpleRate, partLabels: ['Emploi durable', 'Emploi de transition', 'Sorties positives'] };
const typed = { periodStart: '2026-01-01', value: null, numerator: null, denominator: null, parts: null, comment: null };

/** The issues of one parse, as path → message. */
const issues = (rules: ValueRules, entry: object) => {
  const result = measurementEntrySchema(rules).safeParse({ ...typed, ...entry });
  return result.success ? {} : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
};

describe('the measurement form’s schema: the backend’s rule on each field', () => {
  it('refuses a numerator above its denominator on the numerator, in French', () => {
    expect(issues(simpleRate, { numerator: 12, denominator: 10 })).toEqual({
      numerator: 'Le numérateur (12) ne peut pas dépasser le dénominateur (10).',
    });
    expect(issues(simpleRate, { numerator: 10, denominator: 10 })).toEqual({});
  });

  it('puts a part’s refusal on that part, by its index', () => {
    expect(issues(partsRate, { parts: [2, -1, 0], denominator: 10 })).toEqual({
      'parts.1': '« Emploi de transition » doit être positif ou nul.',
    });
    expect(issues(partsRate, { parts: [15, 4, 3], denominator: 20 })).toEqual({
      numerator: 'Le numérateur (22) ne peut pas dépasser le dénominateur (20).',
    });
  });

  it('refuses a value out of its unit’s range, and keeps the shared schema’s own messages', () => {
    const plain: ValueRules = { unit: 'pourcentage', scaleMax: null, denominatorLabel: null, partLabels: null };
    expect(issues(plain, { value: 120 })).toEqual({ value: 'La valeur est un pourcentage : entre 0 et 100.' });
    expect(issues(plain, { value: 'douze' })).toEqual({ value: 'La valeur doit être un nombre.' });
  });
});
