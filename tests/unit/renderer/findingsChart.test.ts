import { describe, expect, it } from 'vitest';
import { countByGrade, layoutFindingBars } from '../../../renderer/src/features/audits/findingsChart';

const grades = [
  { id: 1, label: 'NC majeure', ncSeverity: 'majeure' },
  { id: 2, label: 'NC mineure', ncSeverity: 'mineure' },
  { id: 6, label: 'Point fort', ncSeverity: null },
];

describe('countByGrade', () => {
  it('counts findings per grade in the scale’s order, keeping grades without findings at zero', () => {
    const findings = [grades[2]!, grades[1]!, grades[2]!].map((grade) => ({ grade }));
    expect(countByGrade(grades, findings)).toEqual([
      { id: 1, label: 'NC majeure', isNonconformity: true, count: 0 },
      { id: 2, label: 'NC mineure', isNonconformity: true, count: 1 },
      { id: 6, label: 'Point fort', isNonconformity: false, count: 2 },
    ]);
  });

  it('adds, after the scale, a grade a finding kept from an earlier scale', () => {
    const earlier = { id: 40, label: 'Écart', ncSeverity: 'mineure' };
    const counts = countByGrade(grades, [{ grade: earlier }, { grade: earlier }]);
    expect(counts.map((grade) => grade.label)).toEqual(['NC majeure', 'NC mineure', 'Point fort', 'Écart']);
    expect(counts.at(-1)).toMatchObject({ count: 2, isNonconformity: true });
  });
});

describe('layoutFindingBars', () => {
  it('gives the largest count the full length and the others in proportion', () => {
    const layout = layoutFindingBars(
      countByGrade(
        grades,
        [grades[2]!, grades[1]!, grades[2]!].map((grade) => ({ grade })),
      ),
      560,
    );
    const [major, minor, strength] = layout.bars;
    expect(major!.width).toBe(0);
    expect(strength!.width).toBeGreaterThan(0);
    expect(minor!.width).toBeCloseTo(strength!.width / 2, 1);
    expect(strength!.valueX).toBeGreaterThan(layout.barsLeft + strength!.width);
    expect(strength!.valueX).toBeLessThan(560);
    expect(layout.bars.map((bar) => bar.y)).toEqual([...layout.bars.map((bar) => bar.y)].sort((a, b) => a - b));
    expect(layout.height).toBeGreaterThan(strength!.y + layout.barHeight);
  });

  it('draws empty bars, not a division by zero, when there is no finding', () => {
    const layout = layoutFindingBars(countByGrade(grades, []), 560);
    expect(layout.bars.every((bar) => bar.width === 0 && Number.isFinite(bar.valueX))).toBe(true);
  });
});
