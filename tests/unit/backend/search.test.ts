import { describe, expect, it } from 'vitest';
import { toFtsQuery } from '../../../electron/backend/search/query';

describe('toFtsQuery', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['   ', null],
    ['procédure', '"procédure"*'],
    ['  accueil   salariés ', '"accueil"* "salariés"*'],
    ['PR-001', '"PR-001"*'],
    ['" OR 1=1 --', '"OR"* "1=1"*'],
    ['NEAR(a b) AND *', '"NEAR(a"* "b)"* "AND"*'],
  ])('%j → %j', (typed, expected) => {
    expect(toFtsQuery(typed)).toBe(expected);
  });
});
