import { twelveMonthsEndingOn } from '../../../../shared/domain/dates';
import { actionFinishedWithinSql, actionOpenOnSql } from '../../actions/dated';
import { processOf } from '../../actions/repository';
import type { PackContext } from './types';

/**
 * The pack's scope and dates as the improvement loop's sections (nonconformities, actions,
 * réclamations, fiches d'amélioration) read them: SQL conditions on fixed aliases, and the named
 * parameters `@date` (the pack's date) and `@from` (the first day of the 12 months ending on it).
 */
export type LoopScope = {
  params: { date: string; from: string };
  /** A nonconformity `n` within the scope: on a chosen process, or against a chosen requirement. */
  nonconformity: string;
  /** An action `x` within the scope, with `ACTION_JOINS` (its nonconformity `n`, finding `f`, fiche `s`, risk `rk`, watch item `wi`). */
  action: string;
  /** A record whose process is `column` within the scope. */
  process: (column: string) => string;
  /** Réclamations and fiches name no requirement: under a requirement scope their registers are printed whole. */
  wholeRegisters: boolean;
};

/** What an action comes from, for `LoopScope.action` and the action's process. */
export const ACTION_JOINS = `LEFT JOIN nonconformities n ON n.id = x.nonconformity_id
  LEFT JOIN findings f ON f.id = x.finding_id
  LEFT JOIN suggestions s ON s.id = x.suggestion_id
  LEFT JOIN risks rk ON rk.id = x.risk_id
  LEFT JOIN watch_items wi ON wi.id = x.watch_item_id`;

/** A nonconformity `n` still open on the pack's date (closed later, it was open then). */
export const OPEN_ON_DATE = `n.detected_on <= @date AND (n.closed_on IS NULL OR n.closed_on > @date)`;

/** The action plan of the pack: actions open on its date, or completed or abandoned within the 12 months up to it. */
export const IN_ACTION_PLAN = `(${actionOpenOnSql('x', '@date')} OR ${actionFinishedWithinSql('x', '@from', '@date')})`;

const REQUIREMENTS = 'SELECT id FROM temp.pack_requirements';
const PROCESSES = 'SELECT id FROM temp.pack_loop_processes';

const against = (ncId: string): string =>
  `EXISTS (SELECT 1 FROM nonconformity_requirements r WHERE r.nonconformity_id = ${ncId} AND r.requirement_id IN (${REQUIREMENTS}))`;

export const loopScope = (ctx: PackContext): LoopScope => {
  const params = { date: ctx.date, from: twelveMonthsEndingOn(ctx.date) };
  const { scope } = ctx;
  if (scope.kind === 'processes') {
    // As `resolveScope` does for documents: a temporary table rather than a JSON list scanned per row.
    ctx.db.exec('CREATE TEMP TABLE IF NOT EXISTS pack_loop_processes (id INTEGER PRIMARY KEY); DELETE FROM temp.pack_loop_processes;');
    const add = ctx.db.prepare<[number]>('INSERT OR IGNORE INTO temp.pack_loop_processes (id) VALUES (?)');
    for (const id of scope.processIds) add.run(id);
    const inScope = (column: string): string => `${column} IN (${PROCESSES})`;
    return { params, nonconformity: inScope('n.process_id'), action: inScope(processOf), process: inScope, wholeRegisters: false };
  }
  if (scope.kind === 'requirements') {
    return {
      params,
      nonconformity: against('n.id'),
      action: `(${against('x.nonconformity_id')} OR f.requirement_id IN (${REQUIREMENTS}))`,
      process: () => '1',
      wholeRegisters: true,
    };
  }
  return { params, nonconformity: '1', action: '1', process: () => '1', wholeRegisters: false };
};
