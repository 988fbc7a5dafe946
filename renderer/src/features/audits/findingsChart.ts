import { scaleLinear } from 'd3-scale';

export type GradeCount = { id: number; label: string; count: number; isNonconformity: boolean };

export type FindingBar = GradeCount & { y: number; width: number; valueX: number };

export type FindingBarsLayout = { width: number; height: number; barsLeft: number; barHeight: number; bars: FindingBar[] };

export const BAR_HEIGHT = 22;
const ROW_GAP = 10;
const LABEL_GUTTER = 190;
const VALUE_ROOM = 40;
const TOP = 6;

type Grade = { id: number; label: string; ncSeverity: string | null };

/**
 * How many findings each grade of the scale has, in the scale's order (grades without any included,
 * at zero), then the grades findings kept from an earlier scale.
 */
export const countByGrade = (grades: readonly Grade[], findings: readonly { grade: Grade }[]): GradeCount[] => {
  const all = new Map(grades.map((grade) => [grade.id, grade]));
  for (const { grade } of findings) if (!all.has(grade.id)) all.set(grade.id, grade);
  return [...all.values()].map((grade) => ({
    id: grade.id,
    label: grade.label,
    isNonconformity: grade.ncSeverity !== null,
    count: findings.filter((finding) => finding.grade.id === grade.id).length,
  }));
};

/**
 * Horizontal bars, one per grade: a linear d3 scale from zero to the largest count (at least 1, so
 * an audit without findings draws empty bars rather than dividing by zero), the count written past
 * each bar's end.
 */
export const layoutFindingBars = (counts: readonly GradeCount[], width: number): FindingBarsLayout => {
  const largest = Math.max(1, ...counts.map((grade) => grade.count));
  const x = scaleLinear()
    .domain([0, largest])
    .range([0, width - LABEL_GUTTER - VALUE_ROOM]);
  const bars = counts.map((grade, index) => {
    const barWidth = Math.round(x(grade.count) * 10) / 10;
    return { ...grade, y: TOP + index * (BAR_HEIGHT + ROW_GAP), width: barWidth, valueX: LABEL_GUTTER + barWidth + 6 };
  });
  return { width, height: TOP * 2 + counts.length * (BAR_HEIGHT + ROW_GAP) - ROW_GAP, barsLeft: LABEL_GUTTER, barHeight: BAR_HEIGHT, bars };
};
