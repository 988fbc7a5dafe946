import { packSectionTitles } from '../../../../shared/domain/pack';
import { beginTable, type Cell } from '../pdf/table';
import { theme } from '../pdf/theme';
import { openNonconformitiesColumn } from './coverageNonconformities';
import { lastAuditColumn } from './coverageAudits';
import { linkedRecordsColumn } from './coverageRecords';
import { IN_SCOPE } from './scope';
import type { CoverageColumn, PackContext, PackSection, ScopeRequirement } from './types';

export type CoverageState = 'covered' | 'covered_by_parent' | 'covered_by_children' | 'gap' | 'non_applicable' | 'heading_gap';

export type CoverageRow = ScopeRequirement & { depth: number; documents: string[]; state: CoverageState };

/** Registered coverage columns, printed in this order after the coverage state. */
export const coverageColumns: CoverageColumn[] = [lastAuditColumn, openNonconformitiesColumn, linkedRecordsColumn];

/** Each requirement of the scope with the documents in force (in scope) that answer it, and whether it is a gap. */
export const collectCoverage = (ctx: PackContext): CoverageRow[] => {
  const links = ctx.db
    .prepare<[], { requirementId: number; label: string }>(
      `SELECT l.requirement_id AS requirementId, d.reference || ' — ' || d.title AS label
       FROM requirement_links l JOIN documents d ON d.id = l.entity_id AND l.entity = 'document'
       WHERE l.requirement_id IN (SELECT id FROM temp.pack_requirements) AND d.id IN (${IN_SCOPE})
       ORDER BY d.reference`,
    )
    .all();
  const documents = new Map<number, string[]>();
  for (const link of links) documents.set(link.requirementId, [...(documents.get(link.requirementId) ?? []), link.label]);
  const byId = new Map(ctx.requirements.map((requirement) => [requirement.id, requirement]));
  const children = new Map<number, number[]>();
  for (const requirement of ctx.requirements) {
    if (requirement.parentId !== null) children.set(requirement.parentId, [...(children.get(requirement.parentId) ?? []), requirement.id]);
  }
  const depthOf = (requirement: ScopeRequirement): number => {
    let depth = 0;
    for (let parent = requirement.parentId; parent !== null && depth < 10; parent = byId.get(parent)?.parentId ?? null) depth += 1;
    return depth;
  };
  // A document answering a clause (5.2) answers its sub-clauses (5.2.1, 5.2.2) too.
  const hasCoveredAncestor = (requirement: ScopeRequirement): boolean => {
    for (
      let parent = requirement.parentId, depth = 0;
      parent !== null && depth < 10;
      parent = byId.get(parent)?.parentId ?? null, depth++
    ) {
      if ((documents.get(parent) ?? []).length > 0) return true;
    }
    return false;
  };
  // A clause is covered by its own documents, or by its sub-clauses when every applicable one is.
  const states = new Map<number, CoverageState>();
  const stateOf = (requirement: ScopeRequirement): CoverageState => {
    const known = states.get(requirement.id);
    if (known) return known;
    let state: CoverageState;
    const kids = (children.get(requirement.id) ?? []).map((id) => byId.get(id) as ScopeRequirement);
    if (!requirement.applicable) state = 'non_applicable';
    else if ((documents.get(requirement.id) ?? []).length > 0) state = 'covered';
    else if (hasCoveredAncestor(requirement)) state = 'covered_by_parent';
    else if (kids.length === 0) state = 'gap';
    else
      state = kids.every((kid) => ['covered', 'covered_by_parent', 'covered_by_children', 'non_applicable'].includes(stateOf(kid)))
        ? 'covered_by_children'
        : 'heading_gap';
    states.set(requirement.id, state);
    return state;
  };
  return ctx.requirements.map((requirement) => ({
    ...requirement,
    depth: depthOf(requirement),
    documents: documents.get(requirement.id) ?? [],
    state: stateOf(requirement),
  }));
};

/** Applicable requirements without sub-clauses, and how many of them documents in force answer. */
export const coverageFigures = (rows: readonly CoverageRow[]): { leaves: number; covered: number; gaps: number; nonApplicable: number } => {
  const leaves = rows.filter((row) => row.state === 'covered' || row.state === 'covered_by_parent' || row.state === 'gap');
  return {
    leaves: leaves.length,
    covered: leaves.filter((row) => row.state !== 'gap').length,
    gaps: leaves.filter((row) => row.state === 'gap').length,
    nonApplicable: rows.filter((row) => row.state === 'non_applicable').length,
  };
};

const stateCell = (row: CoverageRow) => {
  switch (row.state) {
    case 'covered':
      return { text: 'Couverte', color: theme.color.ok, style: 'bold' as const };
    case 'covered_by_parent':
      return { text: 'Couverte par l’exigence parente', color: theme.color.ok };
    case 'covered_by_children':
      return { text: 'Couverte par ses sous-exigences', color: theme.color.ok };
    case 'gap':
      return { text: 'ÉCART : aucun document en vigueur', color: theme.color.gap, style: 'bold' as const, fill: theme.color.gapLight };
    case 'heading_gap':
      return { text: 'Sous-exigences à couvrir', color: theme.color.warn };
    case 'non_applicable':
      return { text: `Non applicable. Justification : ${row.justification ?? ''}`, color: theme.color.neutral, style: 'italic' as const };
  }
};

type CoverageData = {
  referential: string | null;
  rows: CoverageRow[];
  extra: { header: string; share: number; cell: (id: number) => Cell }[];
};

export const coverageSection: PackSection<CoverageData> = {
  id: 'coverage',
  title: packSectionTitles.coverage,
  collect: (ctx) => ({
    referential: ctx.referential && `${ctx.referential.name} (${ctx.referential.edition})`,
    rows: collectCoverage(ctx),
    extra: coverageColumns.map((column) => ({ header: column.header, share: column.share, cell: column.collect(ctx) })),
  }),
  render: (b, data) => {
    b.heading(1, packSectionTitles.coverage, 'coverage');
    const figures = coverageFigures(data.rows);
    b.paragraph(
      `Référentiel : ${data.referential ?? 'non renseigné'}. Pour chaque exigence, les documents en vigueur du périmètre qui y répondent. ${figures.covered} exigence(s) couverte(s) sur ${figures.leaves} applicable(s), ${figures.gaps} écart(s) signalé(s) en rouge, ${figures.nonApplicable} exigence(s) déclarée(s) non applicable(s) avec leur justification.`,
      { color: theme.color.muted, size: theme.size.small + 0.5 },
    );
    const table = beginTable(b, [
      { header: 'N°', share: 40, prose: false, style: 'bold' },
      { header: 'Exigence', share: 130 },
      { header: 'Documents en vigueur', share: 130 },
      { header: 'Couverture', share: 90 },
      ...data.extra.map((column) => ({ header: column.header, share: column.share })),
    ]);
    if (data.rows.length === 0) table.note('Aucune exigence dans ce périmètre.');
    for (const row of data.rows) {
      table.row([
        row.number,
        { text: `${'\u2003'.repeat(Math.min(row.depth, 3))}${row.title}`, style: row.depth === 0 ? 'bold' : 'regular' },
        row.documents.length > 0 ? row.documents.join('\n') : '—',
        stateCell(row),
        ...data.extra.map((column) => column.cell(row.id)),
      ]);
    }
    table.end();
  },
};
