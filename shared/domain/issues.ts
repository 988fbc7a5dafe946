/**
 * The structure's context (ISO 9001 §4.1): its internal and external issues, grouped the way the
 * user picks (SWOT or PESTEL), and the climate-change question the Amendment 1:2024 adds.
 */

export const issueNatures = ['interne', 'externe'] as const;
export type IssueNature = (typeof issueNatures)[number];

/** Whether an issue helps or hinders the structure (its side of a SWOT). */
export const issueEffects = ['favorable', 'defavorable'] as const;
export type IssueEffect = (typeof issueEffects)[number];

/** How the register groups issues: by SWOT quadrant, or by heading (PESTEL for external issues). */
export const issueGroupings = ['swot', 'pestel'] as const;
export type IssueGrouping = (typeof issueGroupings)[number];
export const DEFAULT_ISSUE_GROUPING: IssueGrouping = 'swot';

/** The four SWOT quadrants, read from an issue's nature and effect. */
export const swotQuadrants = ['forces', 'faiblesses', 'opportunites', 'menaces'] as const;
export type SwotQuadrant = (typeof swotQuadrants)[number];

export const swotQuadrantOf = (issue: { nature: IssueNature; effect: IssueEffect }): SwotQuadrant => {
  if (issue.nature === 'interne') return issue.effect === 'favorable' ? 'forces' : 'faiblesses';
  return issue.effect === 'favorable' ? 'opportunites' : 'menaces';
};

/**
 * Headings offered when typing an issue's heading: the six PESTEL headings for external issues, and
 * the usual headings of an organisation's own situation for internal ones. Suggestions only: the
 * user may keep, edit or replace them.
 */
export const issueHeadingSuggestions: Record<IssueNature, readonly string[]> = {
  externe: ['Politique', 'Économique', 'Social', 'Technologique', 'Environnemental', 'Légal'],
  interne: ['Gouvernance et organisation', 'Ressources humaines', 'Finances', 'Moyens matériels', 'Savoir-faire et connaissances'],
};

/** Where an issue without a heading is listed when grouping by heading. */
export const NO_HEADING = 'Sans rubrique';
