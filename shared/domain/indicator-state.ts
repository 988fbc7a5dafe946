import { round2, type TargetRules } from './indicator-values';

/** Where a value stands against its target; the last two say why there is no verdict. */
export const indicatorStates = ['atteint', 'vigilance', 'non_atteint', 'sans_cible', 'sans_mesure'] as const;
export type IndicatorState = (typeof indicatorStates)[number];

/**
 * The verdict on a value. Higher is better: at or above the target → atteint; below it but at or
 * above the alert threshold → vigilance; below the threshold (or below the target when there is
 * no threshold) → non atteint. Lower is better mirrors it. Compared at two decimals, as stored.
 */
export const indicatorState = (rules: TargetRules, value: number | null): IndicatorState => {
  if (value === null) return 'sans_mesure';
  if (rules.target === null) return 'sans_cible';
  const sign = rules.direction === 'hausse' ? 1 : -1;
  const v = sign * round2(value);
  if (v >= sign * round2(rules.target)) return 'atteint';
  if (rules.alertThreshold !== null && v >= sign * round2(rules.alertThreshold)) return 'vigilance';
  return 'non_atteint';
};

/**
 * How a state reads without colour: a symbol with a distinct shape and a word. The screens, the
 * board and the PDF all print the word; the colour only repeats it.
 */
export const stateSymbols: Record<IndicatorState, string> = {
  atteint: '✓',
  vigilance: '!',
  non_atteint: '✗',
  sans_cible: '–',
  sans_mesure: '?',
};
