import { isExternalAudit, isHeldAudit, type AuditStatus, type AuditType } from './audits';
import { dateInWords, outOfOrder, type CalendarDate } from './dates';

/** Where a member stands in the cycle's sampling: sampled at an audit held, named for one to come, or neither yet. */
export const memberSamplingStates = ['echantillonne', 'prevu', 'a_echantillonner'] as const;
export type MemberSamplingState = (typeof memberSamplingStates)[number];

export type SamplingMember = { id: number; name: string; joinedOn: CalendarDate; removedOn: CalendarDate | null };

/** An audit of the group certification's cycle (the body's, not cancelled) and the members it sampled or will sample. */
export type SamplingAudit = {
  id: number;
  reference: string;
  type: AuditType;
  startDate: CalendarDate;
  endDate: CalendarDate;
  status: AuditStatus;
  memberIds: readonly number[];
};

export type SamplingInput = {
  audits: readonly SamplingAudit[];
  members: readonly SamplingMember[];
  /** How many members each audit samples (the group's setting); null while not said. */
  sampledPerAudit: number | null;
  /** The cycle's audits the planner still expects that no recorded audit fills (their window not passed). */
  unplannedAudits: number;
  today: CalendarDate;
};

export type MemberSampling = {
  memberId: number;
  name: string;
  state: MemberSamplingState;
  /** References of the held audits that sampled it, in date order. */
  sampledAt: string[];
  /** References of the audits to come that name it. */
  plannedAt: string[];
};

export type CycleSampling = {
  members: MemberSampling[];
  /** Audits of the cycle still to be held: recorded but not held, and those the planner expects. */
  remainingAudits: number;
  /** Members of the group not yet sampled at a held audit of the cycle. */
  toSample: number;
  /** Null when the remaining audits can sample every member still to sample; else why not, in French. */
  shortfall: string | null;
};

const plural = (count: number, one: string, many: string): string => `${count} ${count > 1 ? many : one}`;

/**
 * The cycle's sampling (ISO/IEC 17021-1 multi-site practice, IAF MD 1): every member of the group
 * must be sampled at least once before the cycle ends. A member sampled at a held audit is done; one
 * named for an audit still to come is planned; any other is still « à échantillonner ». The remaining
 * audits (recorded and not held, plus those the cycle still expects) sample `sampledPerAudit` members
 * each: when the members not yet sampled outnumber those places, the cycle cannot cover them and the
 * rule says so. Members are those in the group today or joining later; a member who left is no longer due.
 */
export const cycleSampling = (input: SamplingInput): CycleSampling => {
  const audits = [...input.audits].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : a.id - b.id));
  const members = input.members
    .filter((member) => member.removedOn === null || member.removedOn >= input.today)
    .map((member): MemberSampling => {
      const naming = audits.filter((audit) => audit.memberIds.includes(member.id));
      const sampledAt = naming.filter((audit) => isHeldAudit(audit.status)).map((audit) => audit.reference);
      const plannedAt = naming.filter((audit) => !isHeldAudit(audit.status)).map((audit) => audit.reference);
      const state: MemberSamplingState = sampledAt.length > 0 ? 'echantillonne' : plannedAt.length > 0 ? 'prevu' : 'a_echantillonner';
      return { memberId: member.id, name: member.name, state, sampledAt, plannedAt };
    });
  const remainingAudits = audits.filter((audit) => !isHeldAudit(audit.status)).length + input.unplannedAudits;
  const toSample = members.filter((member) => member.state !== 'echantillonne').length;
  return { members, remainingAudits, toSample, shortfall: shortfallOf(toSample, remainingAudits, input.sampledPerAudit) };
};

const shortfallOf = (toSample: number, remainingAudits: number, sampledPerAudit: number | null): string | null => {
  if (toSample === 0) return null;
  if (sampledPerAudit === null) {
    return `${plural(toSample, 'membre reste', 'membres restent')} à échantillonner : indiquez combien de membres chaque audit échantillonne pour savoir si les audits restants du cycle suffisent.`;
  }
  const places = remainingAudits * sampledPerAudit;
  if (toSample <= places) return null;
  const audits =
    remainingAudits === 0
      ? 'aucun audit ne reste dans le cycle'
      : `${plural(remainingAudits, 'audit reste', 'audits restent')} dans le cycle, soit ${plural(places, 'place', 'places')} à ${sampledPerAudit} par audit`;
  return `${plural(toSample, 'membre reste', 'membres restent')} à échantillonner mais ${audits} : convenez avec l’organisme certificateur d’un échantillon plus large ou d’un audit complémentaire.`;
};

/** A refusal of a sampling: the field it concerns and its French message. */
export type SamplingRefusal = { field: string; message: string };

/**
 * Whether the members chosen can be those sampled at an audit: each once, each a member of the
 * group, each in the group on the audit's days (joined by its last day, not left before its first;
 * a member who left since keeps its place in the audits it was sampled at). Null when they can.
 */
export const samplingRefusal = (
  audit: Pick<SamplingAudit, 'reference' | 'startDate' | 'endDate'>,
  memberIds: readonly number[],
  members: readonly SamplingMember[],
): SamplingRefusal | null => {
  const seen = new Set<number>();
  for (const [index, id] of memberIds.entries()) {
    const field = `memberIds.${index}`;
    const member = members.find((candidate) => candidate.id === id);
    if (!member) return { field, message: 'Ce membre n’est pas dans le groupe : choisissez un membre déclaré.' };
    if (seen.has(id)) return { field, message: `« ${member.name} » est choisi deux fois : un membre compte une fois par audit.` };
    seen.add(id);
    if (member.joinedOn > audit.endDate) {
      return {
        field,
        message: outOfOrder(`L’audit ${audit.reference}`, audit.endDate, `l’entrée de « ${member.name} » dans le groupe`, member.joinedOn),
      };
    }
    if (member.removedOn !== null && member.removedOn < audit.startDate) {
      return {
        field,
        message: `« ${member.name} » a quitté le groupe le ${dateInWords(member.removedOn)}, avant l’audit ${audit.reference} du ${dateInWords(audit.startDate)} : il ne peut pas y être échantillonné.`,
      };
    }
  }
  return null;
};

/** Whether an audit is one whose sampling the group records: a certification body's audit, not cancelled. */
export const isSampledAudit = (audit: { type: AuditType; status: AuditStatus }): boolean =>
  isExternalAudit(audit.type) && audit.status !== 'annule';
