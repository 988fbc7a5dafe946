import { nonconformitySeverityLabels } from '../../../../shared/labels/nonconformities';
import { lowerFirst } from '../../../../shared/labels/types';
import type { NonconformitySeverity } from '../../../../shared/domain/nonconformities';
import { theme } from '../pdf/theme';
import type { CoverageColumn } from './types';
import { loopScope, OPEN_ON_DATE, type LoopScope } from './loopScope';

type OpenNc = { requirementId: number; reference: string; severity: NonconformitySeverity };

/**
 * The coverage matrix's "NC ouvertes" column: per requirement, the nonconformities of the scope
 * against it that are open on the pack's date, named with their severity (the word and the colour).
 */
export const openNonconformitiesColumn: CoverageColumn = {
  header: 'NC ouvertes',
  share: 72,
  collect: (ctx) => {
    const scope = loopScope(ctx);
    const rows = ctx.db
      .prepare<LoopScope['params'], OpenNc>(
        `SELECT r.requirement_id AS requirementId, n.reference, n.severity
         FROM nonconformity_requirements r JOIN nonconformities n ON n.id = r.nonconformity_id
         WHERE r.requirement_id IN (SELECT id FROM temp.pack_requirements) AND ${OPEN_ON_DATE} AND ${scope.nonconformity}
         ORDER BY n.detected_on, n.id`,
      )
      .all(scope.params);
    const byRequirement = new Map<number, string[]>();
    for (const row of rows) {
      byRequirement.set(row.requirementId, [
        ...(byRequirement.get(row.requirementId) ?? []),
        `${row.reference} (${lowerFirst(nonconformitySeverityLabels.fr[row.severity])})`,
      ]);
    }
    return (requirementId) => {
      const open = byRequirement.get(requirementId);
      return open
        ? { text: open.join('\n'), color: theme.color.gap, style: 'bold', fill: theme.color.gapLight }
        : { text: '—', color: theme.color.muted };
    };
  },
};
