import type { z } from 'zod';
import {
  actionDueAfterCheck,
  closureFactsOf,
  closureGate,
  dateRuleMessages,
  isCauseRecorded,
  openCheckOf,
  planGate,
  roundActionsOf,
  type MissingCondition,
} from '../../../shared/domain/nonconformities';
import type { FieldChange } from '../../../shared/schemas/history';
import type {
  Nonconformity,
  checkPlanInputSchema,
  nonconformityStepSchema,
  verdictInputSchema,
} from '../../../shared/schemas/nonconformities';
import { ServiceError, invalidField } from '../errors';
import { diffFields } from '../history/changes';
import { namedPerson } from '../people/lookup';
import type { LoopContext } from './context';

/**
 * A refusal that lists what is missing, one field per condition (`gate.cause`, `gate.actions`,
 * `gate.effectiveness`), so the screen can show them as a list where the user tried.
 */
export const gateRefusal = (intro: string, missing: readonly MissingCondition[]): ServiceError =>
  new ServiceError(
    'invalid_input',
    `${intro} ${missing.map((condition) => condition.message).join(' ')}`,
    Object.fromEntries(missing.map((condition) => [`gate.${condition.condition}`, condition.message])),
  );

/** The end of the loop: the effectiveness check planned with the actions, its verdict, and the closure gate. */
export const createLoopService = (lc: LoopContext) => {
  const { repos } = lc;

  /** Closes through the gate, in the caller's transaction; a certification audit's finding becomes "levé". */
  const closeThroughGate = (nc: Nonconformity, closedOn: string, at: string): Nonconformity => {
    const missing = closureGate(closureFactsOf(nc));
    if (missing.length > 0) throw gateRefusal(`La non-conformité ${nc.reference} ne peut pas encore être close :`, missing);
    const status = lc.move(nc, 'close', at, closedOn);
    lc.record('nonconformity', nc.id, 'close', [status, { field: 'closedOn', before: null, after: closedOn }], at);
    if (nc.finding !== null) {
      const lifted = repos.nonconformities.liftFinding(nc.finding.id, at);
      if (lifted && lifted.before !== 'leve') {
        lc.record(
          'audit',
          lifted.auditId,
          'finding_update',
          [
            { field: 'status', before: lifted.before, after: 'leve' },
            { field: 'nonconformity', before: null, after: `${nc.reference} close` },
          ],
          at,
        );
      }
    }
    return lc.detail(nc.id);
  };

  return {
    /** Plans the effectiveness check (date, criterion) once a cause is retained and actions are written; or moves it. */
    planCheck: (input: z.output<typeof checkPlanInputSchema>): Nonconformity =>
      lc.db
        .transaction(() => {
          const current = lc.forChange(input.id, input.revision);
          const { plannedOn, criterion } = input.check;
          const round = roundActionsOf(current);
          const missing = planGate({ causeRecorded: isCauseRecorded(current.analysis), roundActions: round });
          if (missing.length > 0) {
            throw gateRefusal(`La vérification de l’efficacité de ${current.reference} ne peut pas encore être planifiée :`, missing);
          }
          if (plannedOn < current.detectedOn) {
            throw invalidField('check.plannedOn', dateRuleMessages.beforeDetection('La vérification', plannedOn, current.detectedOn));
          }
          const late = actionDueAfterCheck(plannedOn, round);
          if (late) throw invalidField('check.plannedOn', dateRuleMessages.checkBeforeDue(late));
          const at = lc.now().toISOString();
          const open = openCheckOf(current.checks);
          if (open) repos.loop.updatePlan(open.id, plannedOn, criterion, at);
          else repos.actions.assignCheck(current.id, repos.loop.insertCheck(current.id, plannedOn, criterion, at));
          const status = current.status === 'en_analyse' ? [lc.move(current, 'planCheck', at)] : [];
          const followed = lc.syncAfterActions(current.id, at);
          lc.record(
            'nonconformity',
            current.id,
            'check_plan',
            [
              ...status,
              ...followed,
              ...diffFields(
                { checkPlannedOn: open?.plannedOn ?? null, criterion: open?.criterion ?? null },
                { checkPlannedOn: plannedOn, criterion },
              ),
            ],
            at,
          );
          return lc.detail(current.id);
        })
        .immediate(),

    /** The verdict on the planned date: efficace closes (through the gate), non efficace sends the NC back to analysis. */
    recordVerdict: (input: z.output<typeof verdictInputSchema>): Nonconformity =>
      lc.db
        .transaction(() => {
          const current = lc.forChange(input.id, input.revision);
          const open = openCheckOf(current.checks);
          if (!open) {
            throw new ServiceError(
              'conflict',
              `Aucune vérification de l’efficacité n’est planifiée pour ${current.reference} : planifiez-la avec les actions.`,
            );
          }
          if (current.status !== 'verification') {
            throw new ServiceError(
              'conflict',
              `Les actions de ${current.reference} ne sont pas toutes réalisées ou abandonnées : le verdict se rend une fois les actions faites.`,
            );
          }
          const { verdict, checkedOn, checkedById, comment } = input.verdict;
          const checkedBy = namedPerson(repos.people, checkedById, 'verdict.checkedById');
          if (checkedOn > lc.today()) throw invalidField('verdict.checkedOn', dateRuleMessages.inFuture('La date de la vérification'));
          if (checkedOn < open.plannedOn) throw invalidField('verdict.checkedOn', dateRuleMessages.beforePlanned(open.plannedOn));
          const at = lc.now().toISOString();
          repos.loop.setVerdict(open.id, { verdict, checkedOn, checkedBy: checkedById, comment }, at);
          const said: FieldChange[] = [
            { field: 'checkPlannedOn', before: null, after: open.plannedOn },
            { field: 'verdict', before: null, after: verdict },
            { field: 'checkedOn', before: null, after: checkedOn },
            { field: 'checkedBy', before: null, after: checkedBy },
            { field: 'comment', before: null, after: comment },
          ];
          if (verdict === 'non_efficace') {
            const status = lc.move(current, 'judgeIneffective', at);
            lc.record('nonconformity', current.id, 'check_verdict', [...said, status], at);
            return lc.detail(current.id);
          }
          lc.record('nonconformity', current.id, 'check_verdict', said, at);
          return closeThroughGate(lc.detail(current.id), checkedOn, at);
        })
        .immediate(),

    /** Closes the nonconformity if the gate is met; otherwise refuses with each missing condition. */
    close: (input: z.output<typeof nonconformityStepSchema>): Nonconformity =>
      lc.db.transaction(() => closeThroughGate(lc.forChange(input.id, input.revision), lc.today(), lc.now().toISOString())).immediate(),
  };
};
