import { onClauses, referenceList } from './coverageClauses';
import { ACTION_JOINS, IN_ACTION_PLAN, OPEN_ON_DATE, loopScope, type LoopScope } from './loopScope';
import type { CoverageSource } from './types';

/**
 * The improvement loop as evidence, within the pack's scope: nonconformities detected within the 12
 * months up to its date or still open on it, and the corrective actions of the plan (10.2); the
 * improvement actions and fiches d'amélioration (10.3); the réclamations register (8.2.1 and 9.1.2).
 */
export const loopCoverage: CoverageSource = (ctx) => {
  const scope = loopScope(ctx);
  const references = (sql: string): string[] => ctx.db.prepare<LoopScope['params'], string>(sql).pluck().all(scope.params);
  const nonconformities = references(
    `SELECT n.reference FROM nonconformities n
     WHERE ((n.detected_on >= @from AND n.detected_on <= @date) OR ${OPEN_ON_DATE}) AND ${scope.nonconformity}
     ORDER BY n.detected_on, n.id`,
  );
  const actions = (types: string): string[] =>
    references(
      `SELECT x.reference FROM actions x ${ACTION_JOINS}
       WHERE x.type IN (${types}) AND ${IN_ACTION_PLAN} AND ${scope.action} ORDER BY x.opened_on, x.id`,
    );
  const corrective = actions(`'corrective', 'preventive'`);
  const improvement = actions(`'amelioration'`);
  const fiches = references(
    `SELECT s.reference FROM suggestions s WHERE s.suggested_on >= @from AND s.suggested_on <= @date AND ${scope.process('s.process_id')}
     ORDER BY s.suggested_on, s.id`,
  );
  const complaints = references(
    `SELECT c.reference FROM complaints c WHERE c.received_on >= @from AND c.received_on <= @date AND ${scope.process('c.process_id')}
     ORDER BY c.received_on, c.id`,
  );
  return [
    ...(nonconformities.length > 0
      ? onClauses(ctx, ['10.2', '10.2.1', '10.2.2'], 'record', `Non-conformités : ${referenceList(nonconformities)}`)
      : []),
    ...(corrective.length > 0 ? onClauses(ctx, ['10.2', '10.2.1'], 'record', `Actions correctives : ${referenceList(corrective)}`) : []),
    ...(improvement.length > 0 ? onClauses(ctx, ['10.1', '10.3'], 'record', `Actions d’amélioration : ${referenceList(improvement)}`) : []),
    ...(fiches.length > 0 ? onClauses(ctx, ['10.1', '10.3'], 'record', `Fiches d’amélioration : ${referenceList(fiches)}`) : []),
    ...(complaints.length > 0
      ? onClauses(ctx, ['8.2.1', '9.1.2'], 'record', `Registre des réclamations : ${referenceList(complaints)}`)
      : []),
  ];
};
