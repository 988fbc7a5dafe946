import { describe, expect, it } from 'vitest';
import { requirementTree } from '../../../../shared/domain/audit-coverage';

// Chapter 7 (1) with 7.5 (2) and its 7.5.2 (3), 7.1 (4); chapter 9 (5) with 9.1 (6).
const tree = requirementTree([
  { id: 1, parentId: null },
  { id: 2, parentId: 1 },
  { id: 3, parentId: 2 },
  { id: 4, parentId: 1 },
  { id: 5, parentId: null },
  { id: 6, parentId: 5 },
]);

describe('requirementTree', () => {
  it('gives each requirement its lineage up to its chapter, and its depth', () => {
    expect(tree.lineage(3)).toEqual([3, 2, 1]);
    expect([tree.depth(1), tree.depth(2), tree.depth(3)]).toEqual([0, 1, 2]);
  });

  it('covers what an audit names, what is above it and what is below it, never its siblings', () => {
    expect([...tree.covered([3])].sort()).toEqual([1, 2, 3]);
    expect([...tree.covered([5])].sort()).toEqual([5, 6]);
    expect(tree.covered([3]).has(4)).toBe(false);
  });

  it('covers for several audits what each one covers', () => {
    expect([...tree.covered([3, 5])].sort()).toEqual([...new Set([...tree.covered([3]), ...tree.covered([5])])].sort());
  });

  it('stops on a loop a damaged file could hold', () => {
    const looped = requirementTree([
      { id: 1, parentId: 2 },
      { id: 2, parentId: 1 },
    ]);
    expect(looped.lineage(1).length).toBeLessThanOrEqual(20);
  });
});
