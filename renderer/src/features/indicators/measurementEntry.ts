import type { z } from 'zod';
import type { ValueRules } from '../../../../shared/domain/indicator-values';
import type { IndicatorDetail, measurementEntrySchema } from '../../../../shared/schemas/indicators';

/** What the value of one of the indicator's measurements must respect. */
export const valueRulesOf = (indicator: IndicatorDetail): ValueRules => ({
  unit: indicator.unit,
  scaleMax: indicator.scaleMax,
  denominatorLabel: indicator.denominatorLabel,
  partLabels: indicator.partLabels ?? [],
});

/** One period's measurement as the form types it (the indicator and the replace flag are added on saving). */
export type EntrySchema = ReturnType<typeof measurementEntrySchema>;
export type Entry = z.output<EntrySchema>;
export type EntryInput = z.input<EntrySchema>;
