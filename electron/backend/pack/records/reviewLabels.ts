import { stateSymbols, type IndicatorState } from '../../../../shared/domain/indicator-state';
import { indicatorStateLabels } from '../../../../shared/labels/indicators';

/** "✓ Atteint", "✗ Non atteint": the symbol and the word, never the colour alone. */
export const stateText = (state: IndicatorState): string => `${stateSymbols[state]} ${indicatorStateLabels.fr[state]}`;
