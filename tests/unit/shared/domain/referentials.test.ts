import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRequirementNumbers, orderParentsFirst, referentialCode, requirementSortKey } from '../../../../shared/domain/referentials';

describe('requirement numbers', () => {
  it('sort naturally: 4.9 before 4.10, a clause before its sub-clauses, Q-2 before Q-12', () => {
    const numbers = ['10', '4.10', '8.5.1', 'Q-12', '4', '9', '4.9', '8.5', 'q-2', '4.1', '08.5.10', '8.5.2'];
    expect([...numbers].sort(compareRequirementNumbers)).toEqual([
      '4',
      '4.1',
      '4.9',
      '4.10',
      '8.5',
      '8.5.1',
      '8.5.2',
      '08.5.10',
      '9',
      '10',
      'q-2',
      'Q-12',
    ]);
  });

  it('orders any two numbers of digits by their value', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10 ** 9 }), fc.nat({ max: 10 ** 9 }), (a, b) => {
        const byKey = Math.sign(compareRequirementNumbers(`7.${a}`, `7.${b}`));
        expect(byKey).toBe(Math.sign(a - b));
      }),
    );
  });

  it('gives sort keys that compare as plain strings (what SQLite does)', () => {
    expect(requirementSortKey('4.10') > requirementSortKey('4.9')).toBe(true);
    expect(requirementSortKey('8.5') < requirementSortKey('8.5.1')).toBe(true);
  });
});

describe('requirement trees', () => {
  it('puts parents before children whatever the file order', () => {
    const entries = [
      { number: '8.5.1', parent: '8.5' },
      { number: '8', parent: undefined },
      { number: '8.5', parent: '8' },
    ];
    const result = orderParentsFirst(entries);
    expect(result.ok && result.order.map((index) => entries[index]?.number)).toEqual(['8', '8.5', '8.5.1']);
  });

  it('names duplicates, missing parents, self-parents and loops', () => {
    expect(orderParentsFirst([{ number: 'A' }, { number: 'A' }])).toMatchObject({ ok: false, problems: [{ index: 1, field: 'number' }] });
    expect(orderParentsFirst([{ number: 'A', parent: 'Z' }])).toMatchObject({ ok: false, problems: [{ index: 0, field: 'parent' }] });
    expect(orderParentsFirst([{ number: 'A', parent: 'A' }])).toMatchObject({ ok: false, problems: [{ field: 'parent' }] });
    const loop = orderParentsFirst([
      { number: 'A', parent: 'B' },
      { number: 'B', parent: 'A' },
    ]);
    expect(loop).toMatchObject({ ok: false, problems: [{ message: 'Les parents forment une boucle : A → B → A.' }] });
  });
});

describe('referential codes', () => {
  it('are lower-case ASCII from the name and edition', () => {
    expect(referentialCode('Cèdre ISO 9001', 'V2')).toBe('cedre-iso-9001-v2');
    expect(referentialCode('  Qualiopi — RNQ ', '9')).toBe('qualiopi-rnq-9');
    expect(referentialCode('«»', '—')).toBe('referentiel');
  });
});
