import { dateInWords, outOfOrder, type CalendarDate } from './dates';

/** A cross-audit's life: planned, then done or cancelled. */
export const crossAuditStatuses = ['planifie', 'realise', 'annule'] as const;
export type CrossAuditStatus = (typeof crossAuditStatuses)[number];

/** What the screens and the pack show: the status, with « en retard » for a planned one whose day has passed. */
export const crossAuditStates = ['planifie', 'en_retard', 'realise', 'annule'] as const;
export type CrossAuditState = (typeof crossAuditStates)[number];

/** A planned cross-audit is late from the day after its planned day until it is done or cancelled. */
export const crossAuditState = (audit: { status: CrossAuditStatus; plannedOn: CalendarDate }, today: CalendarDate): CrossAuditState =>
  audit.status === 'planifie' && audit.plannedOn < today ? 'en_retard' : audit.status;

type Member = { id: number; name: string; joinedOn: CalendarDate; removedOn: CalendarDate | null };

/** A refusal: the field it concerns and its French message. */
export type CrossAuditRefusal = { field: string; message: string };

/**
 * Whether one member's auditor may audit another on a planned day: two different members, both
 * still in the group, the day not before either joined it. Null when it may.
 */
export const crossAuditPlanRefusal = (auditor: Member, auditee: Member, plannedOn: CalendarDate): CrossAuditRefusal | null => {
  if (auditor.id === auditee.id) {
    return {
      field: 'auditeeMemberId',
      message: `« ${auditor.name} » ne peut pas s’auditer lui-même : un audit croisé se tient chez un autre membre.`,
    };
  }
  for (const [member, field] of [
    [auditor, 'auditorMemberId'],
    [auditee, 'auditeeMemberId'],
  ] as const) {
    if (member.removedOn !== null) {
      return {
        field,
        message: `« ${member.name} » a quitté le groupe le ${dateInWords(member.removedOn)} : choisissez un membre du groupe.`,
      };
    }
    if (plannedOn < member.joinedOn) {
      return {
        field: 'plannedOn',
        message: outOfOrder('L’audit croisé', plannedOn, `l’entrée de « ${member.name} » dans le groupe`, member.joinedOn),
      };
    }
  }
  return null;
};

/**
 * Whether a cross-audit can be recorded as done (or cancelled) on a day. It may be held before its
 * planned day (plans move), but not before both members were in the group, not after either left,
 * and not after today: it is recorded once it took place. Null when it can.
 */
export const crossAuditCloseRefusal = (
  what: 'realisation' | 'annulation',
  on: CalendarDate,
  members: readonly Member[],
  today: CalendarDate,
): CrossAuditRefusal | null => {
  const field = what === 'realisation' ? 'doneOn' : 'cancelledOn';
  const words = what === 'realisation' ? 'La réalisation de l’audit croisé' : 'L’annulation de l’audit croisé';
  if (on > today) {
    return {
      field,
      message: `${words} ne peut pas être datée du ${dateInWords(on)}, après aujourd’hui (${dateInWords(today)}) : enregistrez-la le jour venu.`,
    };
  }
  if (what === 'annulation') return null;
  for (const member of members) {
    if (on < member.joinedOn)
      return { field, message: outOfOrder(words, on, `l’entrée de « ${member.name} » dans le groupe`, member.joinedOn) };
    if (member.removedOn !== null && on > member.removedOn) {
      return {
        field,
        message: `« ${member.name} » a quitté le groupe le ${dateInWords(member.removedOn)} : un audit croisé tenu le ${dateInWords(on)} ne peut pas l’avoir pour membre.`,
      };
    }
  }
  return null;
};
