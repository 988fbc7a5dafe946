import { theme } from '../pdf/theme';
import { competenceEvidence } from './competences';
import { providerEvidence } from './providers';
import { surveyEvidence } from './surveys';
import type { CoverageColumn } from './types';

/** Labels shown in a cell before "+ n autre(s)". */
const SHOWN = 3;

/**
 * The coverage matrix's "Autres preuves" column: per requirement, the functions, trainings,
 * providers and satisfaction surveys linked to it (evidence by records, ISO 9001 §7.2, §8.4, §9.1.2).
 */
export const linkedRecordsColumn: CoverageColumn = {
  header: 'Autres preuves',
  share: 96,
  collect: (ctx) => {
    const byRequirement = new Map<number, string[]>();
    for (const evidence of [...competenceEvidence(ctx), ...providerEvidence(ctx), ...surveyEvidence(ctx)]) {
      byRequirement.set(evidence.requirementId, [...(byRequirement.get(evidence.requirementId) ?? []), evidence.label]);
    }
    return (requirementId) => {
      const labels = byRequirement.get(requirementId);
      if (!labels) return { text: '—', color: theme.color.muted };
      const more = labels.length - SHOWN;
      return `${labels.slice(0, SHOWN).join('\n')}${more > 0 ? `\n+ ${more} autre(s)` : ''}`;
    };
  },
};
