import { MAX_INDICATOR_VALUE, type IndicatorDirection, type IndicatorUnit } from './indicators';

/** What the value rules of an indicator depend on. */
export type ValueRules = {
  unit: IndicatorUnit;
  /** Top of the scale of a `note` ("sur 10"); null for the other units. */
  scaleMax: number | null;
  /** Set when the indicator is a rate counted as numerator / denominator. */
  denominatorLabel: string | null;
  /** Names of the numerator's parts (sorties dynamiques: emploi durable, de transition, sorties positives). */
  partLabels: readonly string[] | null;
};

export type TargetRules = { direction: IndicatorDirection; target: number | null; alertThreshold: number | null };

/** Values are kept to two decimals: a rate of 2 / 3 is 66,67 %. */
export const round2 = (value: number): number => Math.round(value * 100) / 100;

/** A rate in percent from its counts; the caller has checked 0 ≤ numerator ≤ denominator and denominator > 0. */
export const rateOf = (numerator: number, denominator: number): number => round2((numerator / denominator) * 100);

/** How far a typed rate may be from the computed one (someone who rounded 62,47 to 62,5). */
export const RATE_TOLERANCE = 0.05;

const numberFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });
/** "62,5", "1 250": French decimals, for messages. */
export const frenchNumber = (value: number): string => numberFormat.format(value).replace(/[\u00A0\u202F]/g, '\u202F');

const unitSuffix: Record<IndicatorUnit, string> = { pourcentage: '\u202F%', nombre: '', heures: '\u202Fh', jours: '\u202Fj', note: '' };

/** "62,5 %", "1 250 h", "4 j", "7,8 / 10", "12". */
export const formatIndicatorValue = (value: number, unit: IndicatorUnit, scaleMax: number | null): string =>
  unit === 'note' ? `${frenchNumber(value)}\u202F/\u202F${frenchNumber(scaleMax ?? 0)}` : `${frenchNumber(value)}${unitSuffix[unit]}`;

/** The range a value of `unit` must fall in. */
export const valueRange = (unit: IndicatorUnit, scaleMax: number | null): { min: number; max: number } => ({
  min: 0,
  max: unit === 'pourcentage' ? 100 : unit === 'note' ? (scaleMax ?? MAX_INDICATOR_VALUE) : MAX_INDICATOR_VALUE,
});

const rangeMessage = (label: string, unit: IndicatorUnit, scaleMax: number | null): string => {
  const { max } = valueRange(unit, scaleMax);
  if (unit === 'pourcentage') return `${label} est un pourcentage : entre 0 et 100.`;
  if (unit === 'note') return `${label} est une note sur ${frenchNumber(max)} : entre 0 et ${frenchNumber(max)}.`;
  return `${label} doit être un nombre entre 0 et ${frenchNumber(max)}.`;
};

const outOfRange = (value: number, unit: IndicatorUnit, scaleMax: number | null): boolean => {
  const { min, max } = valueRange(unit, scaleMax);
  return value < min || value > max;
};

export type MeasurementEntry = {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  parts: readonly number[] | null;
};
export type CheckedMeasurement = { value: number; numerator: number | null; denominator: number | null; parts: number[] | null };
export type FieldMessages = Record<string, string>;

const firstError = (errors: FieldMessages) => ({ ok: false as const, errors });

/**
 * Checks one measurement against its indicator and derives what follows from the counts: parts add
 * up to the numerator, numerator / denominator gives the rate (a typed rate must agree with it).
 * Errors are French and keyed by the entry's field (`value`, `numerator`, `denominator`, `parts.1`).
 */
export const checkMeasurement = (
  rules: ValueRules,
  entry: MeasurementEntry,
): { ok: true; measurement: CheckedMeasurement } | { ok: false; errors: FieldMessages } => {
  const counted = entry.numerator !== null || entry.denominator !== null || entry.parts !== null;
  if (counted && rules.denominatorLabel === null) {
    return firstError({ value: 'Cet indicateur n’est pas un taux : saisissez sa valeur, sans numérateur ni dénominateur.' });
  }
  if (!counted) {
    if (entry.value === null) return firstError({ value: 'Indiquez la valeur mesurée (un nombre).' });
    if (outOfRange(entry.value, rules.unit, rules.scaleMax)) {
      return firstError({ value: rangeMessage('La valeur', rules.unit, rules.scaleMax) });
    }
    return { ok: true, measurement: { value: round2(entry.value), numerator: null, denominator: null, parts: null } };
  }
  let numerator = entry.numerator;
  let parts: number[] | null = null;
  if (entry.parts !== null) {
    const labels = rules.partLabels ?? [];
    if (entry.parts.length !== labels.length) {
      return firstError({ parts: `Indiquez les ${labels.length} composantes du numérateur (${labels.join(', ')}).` });
    }
    const negative = entry.parts.findIndex((part) => part < 0);
    if (negative >= 0) return firstError({ [`parts.${negative}`]: `« ${labels[negative] ?? ''} » doit être positif ou nul.` });
    parts = entry.parts.map(round2);
    const sum = round2(parts.reduce((total, part) => total + part, 0));
    if (numerator !== null && round2(numerator) !== sum) {
      return firstError({
        numerator: `Le numérateur (${frenchNumber(numerator)}) doit être la somme de ses composantes (${frenchNumber(sum)}).`,
      });
    }
    numerator = sum;
  }
  if (numerator === null) return firstError({ numerator: 'Indiquez le numérateur du taux, ou ses composantes.' });
  if (entry.denominator === null) return firstError({ denominator: 'Indiquez le dénominateur du taux.' });
  if (numerator < 0) return firstError({ numerator: 'Le numérateur doit être positif ou nul.' });
  if (entry.denominator <= 0) return firstError({ denominator: 'Le dénominateur doit être supérieur à zéro.' });
  if (numerator > entry.denominator) {
    return firstError({
      numerator: `Le numérateur (${frenchNumber(numerator)}) ne peut pas dépasser le dénominateur (${frenchNumber(entry.denominator)}).`,
    });
  }
  const rate = rateOf(numerator, entry.denominator);
  if (entry.value !== null && Math.abs(entry.value - rate) > RATE_TOLERANCE) {
    return firstError({
      value: `La valeur (${frenchNumber(entry.value)} %) ne correspond pas au calcul ${frenchNumber(numerator)} / ${frenchNumber(entry.denominator)} = ${frenchNumber(rate)} %.`,
    });
  }
  return { ok: true, measurement: { value: rate, numerator: round2(numerator), denominator: round2(entry.denominator), parts } };
};

/** Checks a target and its alert threshold against the unit and the direction; errors keyed `target`, `alertThreshold`. */
export const checkTargets = (rules: TargetRules & Pick<ValueRules, 'unit' | 'scaleMax'>): FieldMessages => {
  const errors: FieldMessages = {};
  const { target, alertThreshold, direction, unit, scaleMax } = rules;
  if (target !== null && outOfRange(target, unit, scaleMax)) errors.target = rangeMessage('La cible', unit, scaleMax);
  if (alertThreshold !== null) {
    if (target === null) errors.alertThreshold = 'Un seuil d’alerte se définit avec une cible : indiquez d’abord la cible.';
    else if (outOfRange(alertThreshold, unit, scaleMax)) errors.alertThreshold = rangeMessage('Le seuil d’alerte', unit, scaleMax);
    else if (direction === 'hausse' && alertThreshold > target) {
      errors.alertThreshold = 'Plus haut est mieux : le seuil d’alerte doit être inférieur ou égal à la cible.';
    } else if (direction === 'baisse' && alertThreshold < target) {
      errors.alertThreshold = 'Plus bas est mieux : le seuil d’alerte doit être supérieur ou égal à la cible.';
    }
  }
  return errors;
};
