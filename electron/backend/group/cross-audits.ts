import type Database from 'better-sqlite3';
import type { z } from 'zod';
import {
  crossAuditCloseRefusal,
  crossAuditPlanRefusal,
  crossAuditState,
  type CrossAuditRefusal,
} from '../../../shared/domain/cross-audits';
import { dateInWords, toCalendarDate } from '../../../shared/domain/dates';
import type { CrossAudit, crossAuditCancelSchema, crossAuditDoneSchema, crossAuditPlanSchema } from '../../../shared/schemas/group-audits';
import { crossAuditStateLabels } from '../../../shared/labels/group-audits';
import type { ServiceContext } from '../context';
import { ServiceError, notFound, raise } from '../errors';
import { createHistoryRepository } from '../history/repository';
import { createCrossAuditsRepository, type CrossAuditRow } from './cross-audits-repository';
import { createGroupRepository } from './repository';

const withState = (row: CrossAuditRow, today: string): CrossAudit => ({ ...row, state: crossAuditState(row, today) });

/** Every cross-audit with its state on `today` (a planned one whose day has passed is late). */
export const readCrossAudits = (db: Database.Database, today: string): CrossAudit[] =>
  createCrossAuditsRepository(db)
    .list()
    .map((row) => withState(row, today));

const refused = (refusal: CrossAuditRefusal): ServiceError =>
  new ServiceError('invalid_input', refusal.message, { [refusal.field]: refusal.message });

/** Cross-audits between members (internal audits of the group): planned, then done or cancelled, each with its history. */
export const createCrossAuditsService = (ctx: ServiceContext) => {
  const repo = createCrossAuditsRepository(ctx.db);
  const members = createGroupRepository(ctx.db);
  const history = createHistoryRepository(ctx.db, ctx.author);
  const at = () => ctx.now().toISOString();
  const today = () => toCalendarDate(ctx.now());
  const member = (id: number, field: string) => {
    const found = members.find(id);
    if (!found)
      throw new ServiceError('invalid_input', 'Ce membre n’est pas dans le groupe.', { [field]: 'Choisissez un membre du groupe.' });
    return found;
  };
  /** The cross-audit, still planned: only a planned one can be done or cancelled. */
  const planned = (id: number): CrossAuditRow => {
    const audit = repo.find(id);
    if (!audit) throw notFound('Cet audit croisé');
    if (audit.status !== 'planifie') {
      throw new ServiceError(
        'conflict',
        `L’audit croisé de « ${audit.auditeeMemberName} » prévu le ${dateInWords(audit.plannedOn)} est déjà ${crossAuditStateLabels.fr[audit.status].toLowerCase()} : il ne peut plus changer.`,
      );
    }
    return audit;
  };
  const result = (id: number): CrossAudit => withState(repo.find(id) ?? raise(notFound('Cet audit croisé')), today());
  /**
   * Closes a planned cross-audit, done or cancelled, in one transaction with its history. A
   * realisation is checked against both members' membership; a cancellation only against today.
   */
  const close = (
    id: number,
    closing: {
      what: 'realisation' | 'annulation';
      on: string;
      action: 'done' | 'cancel';
      status: 'realise' | 'annule';
      changes: { field: string; before: null; after: string | null }[];
      write: (id: number) => void;
    },
  ): CrossAudit =>
    ctx.db
      .transaction(() => {
        const audit = planned(id);
        const both = closing.what === 'realisation' ? [member(audit.auditorMemberId, 'id'), member(audit.auditeeMemberId, 'id')] : [];
        const refusal = crossAuditCloseRefusal(closing.what, closing.on, both, today());
        if (refusal) throw refused(refusal);
        closing.write(audit.id);
        history.append({
          at: at(),
          entity: 'group_cross_audit',
          entityId: audit.id,
          action: closing.action,
          changes: [{ field: 'status', before: 'planifie', after: closing.status }, ...closing.changes],
        });
        return result(audit.id);
      })
      .immediate();

  return {
    list: (): CrossAudit[] => readCrossAudits(ctx.db, today()),

    /** Plans a cross-audit: one member's auditor at another member, on a day, on a scope. */
    plan: (input: z.output<typeof crossAuditPlanSchema>): CrossAudit =>
      ctx.db
        .transaction(() => {
          const auditor = member(input.auditorMemberId, 'auditorMemberId');
          const auditee = member(input.auditeeMemberId, 'auditeeMemberId');
          const refusal = crossAuditPlanRefusal(auditor, auditee, input.plannedOn);
          if (refusal) throw refused(refusal);
          const id = repo.insert(input, at());
          history.append({
            at: at(),
            entity: 'group_cross_audit',
            entityId: id,
            action: 'create',
            changes: [
              { field: 'auditorMember', before: null, after: auditor.name },
              { field: 'auditorName', before: null, after: input.auditorName },
              { field: 'auditeeMember', before: null, after: auditee.name },
              { field: 'plannedOn', before: null, after: input.plannedOn },
              { field: 'scope', before: null, after: input.scope },
            ],
          });
          return result(id);
        })
        .immediate(),

    /** Records that the cross-audit took place, on a day, with its conclusion. */
    done: (input: z.output<typeof crossAuditDoneSchema>): CrossAudit =>
      close(input.id, {
        what: 'realisation',
        on: input.doneOn,
        action: 'done',
        status: 'realise',
        changes: [
          { field: 'doneOn', before: null, after: input.doneOn },
          { field: 'conclusion', before: null, after: input.conclusion },
        ],
        write: (id) => repo.done(id, input.doneOn, input.conclusion, at()),
      }),

    /** Cancels a planned cross-audit, on a day, for a reason. */
    cancel: (input: z.output<typeof crossAuditCancelSchema>): CrossAudit =>
      close(input.id, {
        what: 'annulation',
        on: input.cancelledOn,
        action: 'cancel',
        status: 'annule',
        changes: [
          { field: 'cancelledOn', before: null, after: input.cancelledOn },
          { field: 'cancelReason', before: null, after: input.reason },
        ],
        write: (id) => repo.cancel(id, input.cancelledOn, input.reason, at()),
      }),
  };
};
