import { NO_HEADING, swotQuadrantOf, swotQuadrants, type IssueEffect, type IssueNature } from '../../../../shared/domain/issues';
import { issueEffectLabels, issueNatureLabels, swotQuadrantLabels } from '../../../../shared/labels/issues';
import type { ClimateAnswer } from '../../../../shared/schemas/issues';
import { GROUPING_KEY } from '../../issues/service';
import { createSettingsRepository } from '../../organisation/repository';
import { beginTable } from '../pdf/table';
import { theme } from '../pdf/theme';
import { shortDate } from '../pdf/typography';
import { climateText } from '../records/reviewContextBlocks';
import type { ContextPart, PackContext } from './types';

type IssueLine = {
  id: number;
  title: string;
  description: string | null;
  nature: IssueNature;
  effect: IssueEffect;
  heading: string | null;
  source: string | null;
  identifiedOn: string;
  lastReviewedOn: string | null;
  reviewDue: string;
};

type ContextData = { date: string; grouping: 'swot' | 'pestel'; climate: ClimateAnswer | null; issues: IssueLine[] };

/** In a register on the pack's date: identified by then, not retired by then (`isInRegisterOn`, in SQL). */
export const inRegisterOn = (alias: string): string =>
  `${alias}.identified_on <= @date AND (${alias}.retired_on IS NULL OR ${alias}.retired_on > @date)`;

const collectContext = (ctx: PackContext): ContextData => {
  const params = { date: ctx.date };
  const issues = ctx.db
    .prepare<typeof params, IssueLine>(
      `SELECT i.id, i.title, i.description, i.nature, i.effect, i.heading, i.source, i.identified_on AS identifiedOn,
         CASE WHEN i.last_reviewed_on <= @date THEN i.last_reviewed_on END AS lastReviewedOn, i.review_due AS reviewDue
       FROM context_issues i WHERE ${inRegisterOn('i')} ORDER BY i.nature DESC, i.heading, i.title COLLATE NOCASE, i.id`,
    )
    .all(params);
  const climate = ctx.db
    .prepare<typeof params, { id: number; answered_on: string; relevant: number; justification: string }>(
      'SELECT id, answered_on, relevant, justification FROM climate_answers WHERE answered_on <= @date ORDER BY answered_on DESC, id DESC LIMIT 1',
    )
    .get(params);
  return {
    date: ctx.date,
    grouping: createSettingsRepository(ctx.db).get(GROUPING_KEY) === 'pestel' ? 'pestel' : 'swot',
    climate: climate
      ? { id: climate.id, answeredOn: climate.answered_on, relevant: climate.relevant === 1, justification: climate.justification }
      : null,
    issues,
  };
};

/** The issues grouped as the structure chose: SWOT quadrants, or by nature then heading (PESTEL for external issues). */
const groupsOf = (data: ContextData): { title: string; issues: IssueLine[] }[] => {
  if (data.grouping === 'swot') {
    return swotQuadrants.map((quadrant) => ({
      title: swotQuadrantLabels.fr[quadrant],
      issues: data.issues.filter((issue) => swotQuadrantOf(issue) === quadrant),
    }));
  }
  const groups = new Map<string, IssueLine[]>();
  for (const issue of data.issues) {
    const title = `${issueNatureLabels.fr[issue.nature]} — ${issue.heading ?? NO_HEADING}`;
    groups.set(title, [...(groups.get(title) ?? []), issue]);
  }
  return [...groups.entries()].map(([title, issues]) => ({ title, issues }));
};

/** § 4.1: the climate question's answer, then the issues grouped as the structure chose. */
export const issuesPart: ContextPart = (ctx) => {
  const data = collectContext(ctx);
  return {
    id: 'issues',
    title: 'Enjeux internes et externes (§ 4.1)',
    render: (b) => {
      b.paragraph(
        `Enjeux internes et externes au registre le ${shortDate(data.date)}, regroupés ${data.grouping === 'swot' ? 'en SWOT (nature et effet)' : 'par nature et par rubrique (PESTEL pour les enjeux externes)'}. Chaque enjeu porte sa date d’identification, sa source et la date de sa prochaine revue.`,
        { color: theme.color.muted, size: theme.size.small + 0.5 },
      );
      b.paragraph(climateText(data.climate), { style: data.climate === null ? 'italic' : 'regular' });
      if (data.issues.length === 0) b.paragraph('Aucun enjeu au registre à cette date.', { color: theme.color.muted, style: 'italic' });
      for (const group of groupsOf(data)) {
        const table = beginTable(
          b,
          [
            { header: 'Enjeu', share: 200 },
            { header: 'Nature et effet', share: 80 },
            { header: 'Source', share: 100 },
            { header: 'Identifié le', share: 50, prose: false },
            { header: 'Revu le / prochaine revue', share: 70, prose: false },
          ],
          { caption: { title: `${group.title} (${group.issues.length})` } },
        );
        if (group.issues.length === 0) table.note('Aucun enjeu.');
        for (const issue of group.issues) {
          table.row([
            issue.description ? `${issue.title}\n${issue.description}` : issue.title,
            `${issueNatureLabels.fr[issue.nature]}, ${issueEffectLabels.fr[issue.effect].toLocaleLowerCase('fr-FR')}`,
            issue.source ?? '—',
            shortDate(issue.identifiedOn),
            `${issue.lastReviewedOn ? shortDate(issue.lastReviewedOn) : '—'}\n${shortDate(issue.reviewDue)}`,
          ]);
        }
        table.end();
      }
    },
  };
};
