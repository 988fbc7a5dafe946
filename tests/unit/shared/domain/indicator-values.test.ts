import { describe, expect, it } from 'vitest';
import { indicatorState } from '../../../../shared/domain/indicator-state';
import { findTemplate, indicatorTemplates } from '../../../../shared/domain/indicator-templates';
import { checkMeasurement, checkTargets, formatIndicatorValue, rateOf, type ValueRules } from '../../../../shared/domain/indicator-values';

const rate: ValueRules = {
  unit: 'pourcentage',
  scaleMax: null,
  denominatorLabel: 'Sorties de la période',
  partLabels: ['Emploi durable', 'Emploi de transition', 'Sorties positives'],
};
const hours: ValueRules = { unit: 'heures', scaleMax: null, denominatorLabel: null, partLabels: null };
const entry = (overrides: Partial<Parameters<typeof checkMeasurement>[1]> = {}) => ({
  value: null,
  numerator: null,
  denominator: null,
  parts: null,
  ...overrides,
});

describe('rates', () => {
  it.each([
    [31, 50, 62],
    [2, 3, 66.67],
    [1, 3, 33.33],
    [0, 12, 0],
    [12, 12, 100],
    [1, 8, 12.5],
  ])('%i / %i = %f %%', (numerator, denominator, expected) => {
    expect(rateOf(numerator, denominator)).toBe(expected);
  });

  it('derives the rate from the three parts of sorties dynamiques', () => {
    expect(checkMeasurement(rate, entry({ parts: [12, 10, 9], denominator: 50 }))).toEqual({
      ok: true,
      measurement: { value: 62, numerator: 31, denominator: 50, parts: [12, 10, 9] },
    });
  });

  it('accepts a typed rate that agrees with the counts, refuses one that does not', () => {
    expect(checkMeasurement(rate, entry({ value: 62.5, numerator: 5, denominator: 8 }))).toMatchObject({ ok: true });
    expect(checkMeasurement(rate, entry({ value: 66.7, numerator: 2, denominator: 3 }))).toMatchObject({ ok: true });
    expect(checkMeasurement(rate, entry({ value: 70, numerator: 31, denominator: 50 }))).toEqual({
      ok: false,
      errors: { value: 'La valeur (70 %) ne correspond pas au calcul 31 / 50 = 62 %.' },
    });
  });

  it.each([
    [{ numerator: 12, denominator: 10 }, 'numerator', 'Le numérateur (12) ne peut pas dépasser le dénominateur (10).'],
    [{ parts: [5, 5, 3], denominator: 10 }, 'numerator', 'Le numérateur (13) ne peut pas dépasser le dénominateur (10).'],
    [{ numerator: 3, denominator: 0 }, 'denominator', 'Le dénominateur doit être supérieur à zéro.'],
    [{ numerator: 3 }, 'denominator', 'Indiquez le dénominateur du taux.'],
    [{ denominator: 3 }, 'numerator', 'Indiquez le numérateur du taux, ou ses composantes.'],
    [{ numerator: -1, denominator: 3 }, 'numerator', 'Le numérateur doit être positif ou nul.'],
    [
      { parts: [1, 2], denominator: 10 },
      'parts',
      'Indiquez les 3 composantes du numérateur (Emploi durable, Emploi de transition, Sorties positives).',
    ],
    [{ parts: [1, -2, 0], denominator: 10 }, 'parts.1', '« Emploi de transition » doit être positif ou nul.'],
    [{ parts: [1, 2, 3], numerator: 7, denominator: 10 }, 'numerator', 'Le numérateur (7) doit être la somme de ses composantes (6).'],
    [{ value: 101 }, 'value', 'La valeur est un pourcentage : entre 0 et 100.'],
    [{}, 'value', 'Indiquez la valeur mesurée (un nombre).'],
  ])('refuses %j on %s', (overrides, field, message) => {
    expect(checkMeasurement(rate, entry(overrides))).toEqual({ ok: false, errors: { [field]: message } });
  });

  it('keeps counts to rates: an indicator in hours takes a value only', () => {
    expect(checkMeasurement(hours, entry({ value: 1250.456 }))).toEqual({
      ok: true,
      measurement: { value: 1250.46, numerator: null, denominator: null, parts: null },
    });
    expect(checkMeasurement(hours, entry({ numerator: 1, denominator: 2 }))).toMatchObject({
      ok: false,
      errors: { value: expect.any(String) },
    });
    expect(checkMeasurement(hours, entry({ value: -3 }))).toMatchObject({ ok: false });
    expect(checkMeasurement({ ...hours, unit: 'note', scaleMax: 10 }, entry({ value: 10.5 }))).toEqual({
      ok: false,
      errors: { value: 'La valeur est une note sur 10 : entre 0 et 10.' },
    });
  });
});

describe('targets and states', () => {
  const higher = { direction: 'hausse', target: 60, alertThreshold: 50 } as const;
  const lower = { direction: 'baisse', target: 10, alertThreshold: 15 } as const;

  it.each([
    [higher, 75, 'atteint'],
    [higher, 60, 'atteint'],
    [higher, 59.999, 'atteint'],
    [higher, 59.99, 'vigilance'],
    [higher, 50, 'vigilance'],
    [higher, 49.9, 'non_atteint'],
    [{ ...higher, alertThreshold: null }, 59, 'non_atteint'],
    [{ ...higher, target: null, alertThreshold: null }, 59, 'sans_cible'],
    [higher, null, 'sans_mesure'],
    [lower, 8, 'atteint'],
    [lower, 10, 'atteint'],
    [lower, 12, 'vigilance'],
    [lower, 15, 'vigilance'],
    [lower, 15.5, 'non_atteint'],
  ] as const)('%j with %s → %s', (rules, value, expected) => {
    expect(indicatorState(rules, value)).toBe(expected);
  });

  it('refuses a threshold on the wrong side of the target, or without one', () => {
    const common = { unit: 'pourcentage', scaleMax: null } as const;
    expect(checkTargets({ ...common, direction: 'hausse', target: 60, alertThreshold: 70 })).toEqual({
      alertThreshold: 'Plus haut est mieux : le seuil d’alerte doit être inférieur ou égal à la cible.',
    });
    expect(checkTargets({ ...common, direction: 'baisse', target: 10, alertThreshold: 5 })).toEqual({
      alertThreshold: 'Plus bas est mieux : le seuil d’alerte doit être supérieur ou égal à la cible.',
    });
    expect(checkTargets({ ...common, direction: 'hausse', target: null, alertThreshold: 5 })).toHaveProperty('alertThreshold');
    expect(checkTargets({ ...common, direction: 'hausse', target: 160, alertThreshold: null })).toHaveProperty('target');
    expect(checkTargets({ ...common, direction: 'hausse', target: 60, alertThreshold: 50 })).toEqual({});
  });

  it('prints values the French way, with the unit', () => {
    expect(formatIndicatorValue(62.5, 'pourcentage', null)).toBe('62,5\u202F%');
    expect(formatIndicatorValue(1250, 'heures', null)).toBe('1\u202F250\u202Fh');
    expect(formatIndicatorValue(7.8, 'note', 10)).toBe('7,8\u202F/\u202F10');
  });
});

describe('templates', () => {
  it('offers sorties dynamiques with the State’s 60 % target and its three parts, and unique codes', () => {
    expect(findTemplate('sorties_dynamiques')).toMatchObject({ target: 60, unit: 'pourcentage', direction: 'hausse' });
    expect(findTemplate('sorties_dynamiques')?.partLabels).toHaveLength(3);
    expect(findTemplate('emploi_durable')?.target).toBe(25);
    expect(new Set(indicatorTemplates.map((t) => t.code)).size).toBe(indicatorTemplates.length);
    for (const template of indicatorTemplates) expect(checkTargets(template), template.code).toEqual({});
  });
});
