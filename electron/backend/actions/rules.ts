import type { z } from 'zod';
import { outOfOrder } from '../../../shared/domain/dates';
import { dateRuleMessages, openCheckOf } from '../../../shared/domain/nonconformities';
import type { Action, actionFieldsSchema } from '../../../shared/schemas/actions';
import { ServiceError, invalidField, notFound, raise } from '../errors';
import { namedPerson } from '../people/lookup';
import type { LoopContext } from '../nonconformities/context';

export type ActionFields = z.output<typeof actionFieldsSchema>;
/** What an action answers and its day: the action cannot have been opened before it. */
export type ActionOrigin = { what: string; date: string };

export const detectionOf = (date: string): ActionOrigin => ({ what: 'la détection de la non-conformité', date });
export const auditOf = (date: string): ActionOrigin => ({ what: 'l’audit du constat', date });
export const riskOf = (date: string): ActionOrigin => ({ what: 'l’identification du risque ou de l’opportunité', date });
export const watchOf = (date: string): ActionOrigin => ({ what: 'le relevé de l’information de veille', date });

/** The rules an action's fields and moves follow: its links, its dates, its revision, its round of checks. */
export const createActionRules = (lc: LoopContext) => {
  const { repos } = lc;
  const mustGet = (id: number): Action => lc.withOverdue(repos.actions.get(id) ?? raise(notFound('Cette action')));

  /**
   * The owner, the process and the dates: opened not in the future nor before what it answers (`origin`:
   * the nonconformity's detection, the audit, the fiche), due and finished not before it was opened,
   * due within the nonconformity's planned check.
   */
  const checkFields = (
    fields: ActionFields,
    prefix: string,
    nonconformityId: number | null,
    inRound: boolean,
    current?: Action,
    origin?: ActionOrigin,
  ): void => {
    namedPerson(repos.people, fields.ownerId, `${prefix}ownerId`, current?.ownerId ?? null);
    if (fields.processId !== null && !repos.processes.get(fields.processId))
      throw invalidField(`${prefix}processId`, 'Ce processus n’existe pas.');
    if (fields.openedOn > lc.today() && fields.openedOn !== current?.openedOn) {
      throw invalidField(`${prefix}openedOn`, dateRuleMessages.inFuture('La date d’ouverture'));
    }
    if (origin !== undefined && fields.openedOn < origin.date) {
      throw invalidField(`${prefix}openedOn`, outOfOrder('L’ouverture de l’action', fields.openedOn, origin.what, origin.date));
    }
    if (fields.dueDate < fields.openedOn) {
      throw invalidField(`${prefix}dueDate`, outOfOrder('L’échéance', fields.dueDate, 'l’ouverture de l’action', fields.openedOn));
    }
    const finished = current?.doneOn ?? current?.abandonedOn ?? null;
    if (finished !== null && finished < fields.openedOn) {
      const what = current?.doneOn ? 'La réalisation de l’action' : 'L’abandon de l’action';
      throw invalidField(`${prefix}openedOn`, outOfOrder(what, finished, 'son ouverture', fields.openedOn));
    }
    if (nonconformityId === null) return;
    const nc = lc.detail(nonconformityId);
    const open = openCheckOf(nc.checks);
    if (inRound && open && fields.dueDate > open.plannedOn && fields.dueDate !== current?.dueDate) {
      throw invalidField(`${prefix}dueDate`, dateRuleMessages.dueAfterCheck(open.plannedOn));
    }
  };

  return {
    mustGet,
    checkFields,

    /** What an action answers, and the day before which it cannot have been opened. */
    originDateOf: (action: Action): ActionOrigin | undefined => {
      if (action.nonconformityId !== null) return detectionOf(lc.detail(action.nonconformityId).detectedOn);
      if (action.findingId !== null) {
        const finding = repos.actions.finding(action.findingId);
        return finding && auditOf(finding.audit_start);
      }
      if (action.riskId !== null) {
        const risk = repos.actions.risk(action.riskId);
        return risk && riskOf(risk.identified_on);
      }
      if (action.watchItemId !== null) {
        const item = repos.actions.watchItem(action.watchItemId);
        return item && watchOf(item.noticed_on);
      }
      return undefined;
    },

    /** A completion or an abandon: on a day not in the future nor before the action was opened. */
    finishedOn: (action: Action, date: string, field: string, what: string): void => {
      if (date > lc.today()) throw invalidField(field, dateRuleMessages.inFuture(what));
      if (date < action.openedOn) throw invalidField(field, outOfOrder(what, date, 'l’ouverture de l’action', action.openedOn));
    },

    forChange: (id: number, revision: number): Action => {
      const action = mustGet(id);
      if (action.revision !== revision) {
        throw new ServiceError('conflict', `L’action ${action.reference} a été modifiée entre-temps. Rechargez la page, puis recommencez.`);
      }
      if (action.nonconformityStatus === 'close') {
        throw new ServiceError('conflict', `L’action ${action.reference} relève d’une non-conformité close : elle ne se modifie plus.`);
      }
      return action;
    },

    /** Whether the action is still to be judged by the next verdict (not by one already given). */
    inRound: (action: Action): boolean => {
      if (action.nonconformityId === null || action.checkId === null) return true;
      return openCheckOf(lc.detail(action.nonconformityId).checks)?.id === action.checkId;
    },
  };
};

export type ActionRules = ReturnType<typeof createActionRules>;
