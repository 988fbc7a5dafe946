import type { DocumentedInformationKind } from '../../../../shared/domain/referentials';
import { packSectionTitles } from '../../../../shared/domain/pack';
import { beginTable, type Cell } from '../pdf/table';
import { theme } from '../pdf/theme';
import { integer } from '../pdf/typography';
import { openNonconformitiesColumn } from './coverageNonconformities';
import { lastAuditColumn } from './coverageAudits';
import { coverageSources } from './coverageSources';
import type { CoverageColumn, CoverageEvidence, PackContext, PackSection, ScopeRequirement } from './types';

/**
 * How a requirement stands. Nothing linked is a neutral fact ("aucun élément lié"): ISO 9001 asks for
 * documented information only where a clause says so, and an auditor's « écart » is a nonconformity.
 */
export type CoverageState = 'evidenced' | 'evidenced_by_parent' | 'evidenced_by_children' | 'partly' | 'not_linked' | 'non_applicable';

export type CoverageRow = ScopeRequirement & {
  depth: number;
  evidence: CoverageEvidence[];
  state: CoverageState;
  /** Documented information the standard asks for that nothing in the file answers. */
  missing: { kind: DocumentedInformationKind; what: string }[];
};

/** Registered coverage columns, printed in this order after the coverage state. */
export const coverageColumns: CoverageColumn[] = [lastAuditColumn, openNonconformitiesColumn];

const EVIDENCED: readonly CoverageState[] = ['evidenced', 'evidenced_by_parent', 'evidenced_by_children'];

/** Each requirement of the scope with what answers it (every registered source), its state, and the required documented information missing. */
export const collectCoverage = (ctx: PackContext): CoverageRow[] => {
  const evidence = new Map<number, CoverageEvidence[]>();
  for (const item of coverageSources.flatMap((source) => source(ctx))) {
    const mine = evidence.get(item.requirementId) ?? [];
    // Two sources naming the same document (the policy linked by hand and named as the policy) show it once.
    if (!mine.some((known) => known.label === item.label)) evidence.set(item.requirementId, [...mine, item]);
  }
  const byId = new Map(ctx.requirements.map((requirement) => [requirement.id, requirement]));
  const children = new Map<number, ScopeRequirement[]>();
  for (const requirement of ctx.requirements) {
    if (requirement.parentId !== null) children.set(requirement.parentId, [...(children.get(requirement.parentId) ?? []), requirement]);
  }
  const ancestors = (requirement: ScopeRequirement): ScopeRequirement[] => {
    const found: ScopeRequirement[] = [];
    for (let parent = byId.get(requirement.parentId ?? -1); parent && found.length < 10; parent = byId.get(parent.parentId ?? -1))
      found.push(parent);
    return found;
  };
  const own = (requirement: ScopeRequirement): CoverageEvidence[] => evidence.get(requirement.id) ?? [];
  // What answers a clause (5.2) answers its sub-clauses (5.2.1, 5.2.2) too.
  const inherited = (requirement: ScopeRequirement): CoverageEvidence[] => ancestors(requirement).flatMap(own);
  const states = new Map<number, CoverageState>();
  const stateOf = (requirement: ScopeRequirement): CoverageState => {
    const known = states.get(requirement.id);
    if (known) return known;
    const kids = (children.get(requirement.id) ?? []).filter((kid) => kid.applicable);
    const kidStates = kids.map(stateOf);
    const state: CoverageState = !requirement.applicable
      ? 'non_applicable'
      : own(requirement).length > 0
        ? 'evidenced'
        : inherited(requirement).length > 0
          ? 'evidenced_by_parent'
          : kids.length > 0 && kidStates.every((kid) => EVIDENCED.includes(kid))
            ? 'evidenced_by_children'
            : kidStates.some((kid) => EVIDENCED.includes(kid) || kid === 'partly')
              ? 'partly'
              : 'not_linked';
    states.set(requirement.id, state);
    return state;
  };
  return ctx.requirements.map((requirement) => {
    const answering = [...own(requirement), ...inherited(requirement)];
    const missing = requirement.applicable
      ? requirement.documentedInformation.filter((item) =>
          item.kind === 'tenir_a_jour' ? !answering.some((found) => found.kind === 'document') : answering.length === 0,
        )
      : [];
    return { ...requirement, depth: ancestors(requirement).length, evidence: own(requirement), state: stateOf(requirement), missing };
  });
};

export type CoverageFigures = {
  /** Applicable requirements without sub-requirements. */
  leaves: number;
  evidenced: number;
  notLinked: number;
  /** Applicable requirements whose documented information, required by the standard, nothing answers. */
  missingRequired: number;
  excluded: number;
};

export const coverageFigures = (rows: readonly CoverageRow[]): CoverageFigures => {
  const parents = new Set(rows.map((row) => row.parentId));
  const leaves = rows.filter((row) => row.state !== 'non_applicable' && !parents.has(row.id));
  return {
    leaves: leaves.length,
    evidenced: leaves.filter((row) => EVIDENCED.includes(row.state)).length,
    notLinked: leaves.filter((row) => !EVIDENCED.includes(row.state)).length,
    missingRequired: rows.filter((row) => row.missing.length > 0).length,
    excluded: rows.filter((row) => row.state === 'non_applicable').length,
  };
};

const kindWords: Record<DocumentedInformationKind, string> = {
  tenir_a_jour: 'à tenir à jour : aucun document en vigueur lié',
  conserver: 'à conserver : aucun enregistrement lié',
};

const stateWords = (row: CoverageRow): { text: string; color: string; style?: 'bold' | 'italic' } => {
  switch (row.state) {
    case 'evidenced':
      return { text: 'Étayée', color: theme.color.ok, style: 'bold' };
    case 'evidenced_by_parent':
      return { text: 'Étayée par l’exigence parente', color: theme.color.ok };
    case 'evidenced_by_children':
      return { text: 'Étayée par ses sous-exigences', color: theme.color.ok };
    case 'partly':
      return { text: 'En partie étayée par ses sous-exigences', color: theme.color.muted };
    case 'not_linked':
      return { text: 'Aucun élément lié', color: theme.color.muted };
    case 'non_applicable':
      return { text: `Non applicable. Justification : ${row.justification ?? ''}`, color: theme.color.neutral, style: 'italic' };
  }
};

/** The state in words; required documented information that nothing answers is said in full, in the warning colour. */
const stateCell = (row: CoverageRow): Cell => {
  const state = stateWords(row);
  if (row.missing.length === 0) return state;
  const missing = row.missing.map((item) => `Information documentée requise ${kindWords[item.kind]}`).join('\n');
  return { text: `${state.text}\n${missing}`, color: theme.color.warn, style: 'bold' };
};

const MAX_ITEMS = 5;

const evidenceCell = (row: CoverageRow): Cell => {
  if (row.evidence.length === 0) return { text: '—', color: theme.color.muted };
  const shown = row.evidence.slice(0, MAX_ITEMS).map((item) => item.label);
  const more = row.evidence.length - shown.length;
  return [...shown, ...(more > 0 ? [`… et ${more} autre${more > 1 ? 's' : ''} élément${more > 1 ? 's' : ''}`] : [])].join('\n');
};

/** "61 exigences applicables étayées sur 79, 18 sans élément lié, dont 2 avec une information documentée requise ; 7 exclues." */
export const coverageSentence = (figures: CoverageFigures): string =>
  `${integer(figures.evidenced)} exigence(s) applicable(s) étayée(s) sur ${integer(figures.leaves)} ; ${integer(figures.notLinked)} sans élément lié ; ${integer(figures.missingRequired)} information(s) documentée(s) requise(s) par la norme sans document ni enregistrement lié ; ${integer(figures.excluded)} exigence(s) exclue(s) (non applicables, avec leur justification).`;

type CoverageData = {
  referential: string | null;
  rows: CoverageRow[];
  extra: { header: string; share: number; cell: (id: number) => Cell }[];
};

/** Annex: for each requirement, what in the file answers it (documents in force and records), and where the standard's required documented information is missing. */
export const coverageSection: PackSection<CoverageData> = {
  id: 'coverage',
  title: packSectionTitles.coverage,
  collect: (ctx: PackContext) => ({
    referential: ctx.referential && `${ctx.referential.name} (${ctx.referential.edition})`,
    rows: collectCoverage(ctx),
    extra: coverageColumns.map((column) => ({ header: column.header, share: column.share, cell: column.collect(ctx) })),
  }),
  render: (b, data) => {
    b.heading(1, packSectionTitles.coverage, 'coverage');
    b.paragraph(
      `Référentiel : ${data.referential ?? 'non renseigné'}. Pour chaque exigence, ce qui dans le fichier qualité y répond : documents en vigueur et enregistrements (audits, revues de direction, non-conformités et actions, objectifs et indicateurs, réclamations…). La norme ne demande une information documentée que là où elle le dit ; une exigence sans élément lié n’est pas une non-conformité. ${coverageSentence(coverageFigures(data.rows))}`,
      { color: theme.color.muted, size: theme.size.small + 0.5 },
    );
    const table = beginTable(b, [
      { header: 'N°', share: 34, prose: false, style: 'bold' },
      { header: 'Exigence', share: 112 },
      { header: 'Ce qui y répond', share: 150 },
      { header: 'Couverture', share: 96 },
      ...data.extra.map((column) => ({ header: column.header, share: column.share })),
    ]);
    if (data.rows.length === 0) table.note('Aucune exigence dans ce périmètre.');
    for (const row of data.rows) {
      table.row([
        row.number,
        { text: `${'\u2003'.repeat(Math.min(row.depth, 3))}${row.title}`, style: row.depth === 0 ? 'bold' : 'regular' },
        evidenceCell(row),
        stateCell(row),
        ...data.extra.map((column) => column.cell(row.id)),
      ]);
    }
    table.end();
  },
};
