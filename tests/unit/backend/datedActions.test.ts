import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { actionFinishedWithinSql, actionOpenOnSql, actionOverdueOnSql } from '../../../electron/backend/actions/dated';
import { actionStatusOn, isActionOpenOn, isActionOverdueOn, type DatedAction } from '../../../shared/domain/actions';

// Days of 2025–2026 as `YYYY-MM-DD`, so that comparisons cross months and the year's end.
const day = fc.integer({ min: 0, max: 729 }).map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10));

/** An action whose dates agree with its life, as the service and the file's triggers keep them. */
const datedAction: fc.Arbitrary<DatedAction> = fc
  .tuple(day, day, fc.option(day, { nil: null }), fc.constantFrom('a_faire', 'en_cours', 'realisee', 'abandonnee'))
  .map(([a, b, finished, kind]) => {
    const openedOn = a <= b ? a : b;
    const dueDate = a <= b ? b : a;
    const end = finished !== null && finished >= openedOn ? finished : openedOn;
    if (kind === 'realisee') return { status: kind, openedOn, dueDate, doneOn: end, abandonedOn: null };
    if (kind === 'abandonnee') return { status: kind, openedOn, dueDate, doneOn: null, abandonedOn: end };
    return { status: kind, openedOn, dueDate, doneOn: null, abandonedOn: null };
  });

describe('the dated rules of an action', () => {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE actions (opened_on TEXT, due_date TEXT, done_on TEXT, abandoned_on TEXT)');
  const insert = db.prepare('INSERT INTO actions VALUES (@openedOn, @dueDate, @doneOn, @abandonedOn)');
  const ask = (predicate: string, params: Record<string, string>): boolean =>
    db.prepare(`SELECT ${predicate} AS yes FROM actions x`).pluck().get(params) === 1;
  afterAll(() => db.close());

  it('SQL and TypeScript agree on open, overdue and finished-within, for any action and any day', () => {
    fc.assert(
      fc.property(datedAction, day, day, (action, date, from) => {
        db.exec('DELETE FROM actions');
        insert.run(action);
        expect(ask(actionOpenOnSql('x', '@date'), { date })).toBe(isActionOpenOn(action, date));
        expect(ask(actionOverdueOnSql('x', '@date'), { date })).toBe(isActionOverdueOn(action, date));
        const finishedOn = action.doneOn ?? action.abandonedOn;
        expect(ask(actionFinishedWithinSql('x', '@from', '@date'), { from, date })).toBe(
          finishedOn !== null && finishedOn >= from && finishedOn <= date,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('an action is open from its opening day until the day before it is done', () => {
    const action: DatedAction = {
      status: 'realisee',
      openedOn: '2025-03-01',
      dueDate: '2025-04-30',
      doneOn: '2025-06-10',
      abandonedOn: null,
    };
    expect(isActionOpenOn(action, '2025-02-28')).toBe(false);
    expect(isActionOpenOn(action, '2025-03-01')).toBe(true);
    expect(isActionOverdueOn(action, '2025-04-30')).toBe(false);
    expect(isActionOverdueOn(action, '2025-05-01')).toBe(true);
    expect(isActionOverdueOn(action, '2025-06-09')).toBe(true);
    expect(isActionOpenOn(action, '2025-06-10')).toBe(false);
    expect(actionStatusOn(action, '2025-06-09')).toBe('en_cours');
    expect(actionStatusOn(action, '2025-06-10')).toBe('realisee');
  });

  it('an abandoned action was open, and could be late, until the day of its abandon', () => {
    const action: DatedAction = {
      status: 'abandonnee',
      openedOn: '2025-03-01',
      dueDate: '2025-03-31',
      doneOn: null,
      abandonedOn: '2025-05-02',
    };
    expect(isActionOverdueOn(action, '2025-05-01')).toBe(true);
    expect(actionStatusOn(action, '2025-05-01')).toBe('en_cours');
    expect(actionStatusOn(action, '2025-05-02')).toBe('abandonnee');
    expect(isActionOpenOn(action, '2025-05-02')).toBe(false);
  });
});
