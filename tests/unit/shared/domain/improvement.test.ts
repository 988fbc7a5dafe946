import { describe, expect, it } from 'vitest';
import { actionMoves, actionStatuses, canMoveAction, isActionOverdueOn, type ActionMove } from '../../../../shared/domain/actions';
import { complaintState, responseTimeDays, responseTimeFigures } from '../../../../shared/domain/complaints';
import { csvDate, csvField, toCsv } from '../../../../shared/domain/csv';

describe('action moves', () => {
  const allowed: Record<ActionMove, string[]> = {
    start: ['a_faire'],
    complete: ['a_faire', 'en_cours'],
    abandon: ['a_faire', 'en_cours'],
    reopen: ['realisee', 'abandonnee'],
  };
  it.each(actionMoves)('allows %s only from its statuses', (move) => {
    for (const status of actionStatuses) expect(canMoveAction(move, status), `${move} from ${status}`).toBe(allowed[move].includes(status));
  });

  it.each([
    ['a_faire', '2026-11-25', null, null, true],
    ['en_cours', '2026-11-26', null, null, false],
    ['realisee', '2026-01-01', '2026-01-01', null, false],
    ['abandonnee', '2026-01-01', null, '2026-01-01', false],
  ] as const)('an action %s due %s is overdue on 26 November 2026: %s', (status, dueDate, doneOn, abandonedOn, expected) => {
    expect(isActionOverdueOn({ status, openedOn: '2025-12-01', dueDate, doneOn, abandonedOn }, '2026-11-26')).toBe(expected);
  });
});

describe('response time of a réclamation', () => {
  it.each([
    ['2026-11-02', '2026-11-14', 12],
    ['2026-11-02', '2026-11-02', 0],
    ['2026-02-20', '2026-03-04', 12],
    ['2026-03-25', '2026-04-06', 12],
    ['2026-10-20', '2026-11-01', 12],
    ['2024-02-28', '2024-03-01', 2],
    ['2026-11-02', null, null],
  ] as const)('received %s, answered %s: %s days', (received, responded, days) => {
    expect(responseTimeDays(received, responded)).toBe(days);
  });

  it.each([
    [{ responseDue: '2026-11-17', respondedOn: null }, '2026-11-17', 'ouverte'],
    [{ responseDue: '2026-11-17', respondedOn: null }, '2026-11-18', 'en_retard'],
    [{ responseDue: '2026-11-17', respondedOn: '2026-11-17' }, '2026-12-01', 'repondue'],
    [{ responseDue: '2026-11-17', respondedOn: '2026-11-18' }, '2026-12-01', 'repondue_en_retard'],
  ] as const)('%j on %s is %s', (complaint, today, state) => {
    expect(complaintState(complaint, today)).toBe(state);
  });

  it.each([
    [[], null],
    [[12], { average: 12, median: 12 }],
    [[19, 12], { average: 15.5, median: 15.5 }],
    [[3, 30, 4], { average: 12.3, median: 4 }],
  ] as const)('response times %j: mean and median %j', (days, figures) => {
    expect(responseTimeFigures(days)).toEqual(figures);
  });
});

describe('CSV for French Excel', () => {
  it.each([
    ['Échéance', '"Échéance"'],
    ['a;b', '"a;b"'],
    ['dit "oui"', '"dit ""oui"""'],
    ['ligne 1\r\nligne 2', '"ligne 1\r\nligne 2"'],
    ['', '""'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['+33 1 23', '"\'+33 1 23"'],
    ['- revoir la procédure', '"\'- revoir la procédure"'],
    ['@SUM(A1)', '"\'@SUM(A1)"'],
    ['-12,5', '"-12,5"'],
  ])('quotes %j as %s', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('starts with a BOM, separates with ";" and ends every line with CRLF', () => {
    expect(toCsv(['Réf', 'Statut'], [['ACT-1', 'À faire']])).toBe('\uFEFF"Réf";"Statut"\r\n"ACT-1";"À faire"\r\n');
  });

  it('writes dates as French Excel reads them', () => {
    expect(csvDate('2027-03-14')).toBe('14/03/2027');
    expect(csvDate(null)).toBe('');
  });
});
