import type { z } from 'zod';
import { defaultStructureRule, type StructureRule } from '../../../shared/domain/certification-rules';
import { describeRules } from '../../../shared/domain/certification-words';
import { structureRuleSchema } from '../../../shared/schemas/certification-rules';
import { createSettingsRepository } from '../organisation/repository';
import type { AuditsContext } from './context';

/** The setting that holds the structure's own rule for the findings of its internal audits. */
export const STRUCTURE_RULE_KEY = 'audits.structureRule';

/** The structure's rule, read from the file's settings (the default until the user sets one). */
export const readStructureRule = (settings: ReturnType<typeof createSettingsRepository>): StructureRule => {
  const stored = settings.get(STRUCTURE_RULE_KEY);
  const parsed = stored === null ? null : structureRuleSchema.safeParse(JSON.parse(stored));
  return parsed?.success ? parsed.data : defaultStructureRule;
};

/** Reading and setting the structure's own response rule, with its history on the organisation. */
export const createStructureRuleService = (ac: AuditsContext) => {
  const settings = createSettingsRepository(ac.db);
  return {
    get: (): StructureRule => readStructureRule(settings),
    set: (rule: z.output<typeof structureRuleSchema>): StructureRule =>
      ac.db
        .transaction(() => {
          const before = readStructureRule(settings);
          const after = describeRules(rule, null);
          if (describeRules(before, null) !== after) {
            settings.set(STRUCTURE_RULE_KEY, JSON.stringify(rule));
            ac.repos.history.append({
              at: ac.now().toISOString(),
              entity: 'organisation',
              entityId: 1,
              action: 'update',
              changes: [{ field: 'structureRule', before: describeRules(before, null), after }],
            });
          }
          return readStructureRule(settings);
        })
        .immediate(),
  };
};
