import { addDays, addMonths, endOfYear, getYear, max as latest, min as earliest, startOfYear } from 'date-fns';
import { isExternalAudit, isHeldAudit, type AuditStatus, type AuditType } from './audits';
import { familyFacts, type SchemeRules } from './certification-rules';
import { fromCalendarDate, toCalendarDate, type CalendarDate } from './dates';

export const certificationStatuses = ['en_preparation', 'certifie', 'suspendu', 'expire'] as const;
export type CertificationStatus = (typeof certificationStatuses)[number];

/** Suggestions for the scheme field; any text is accepted (schemes are data). */
export const schemeSuggestions = [
  'Cèdre ISO 9001',
  'CAP ISO 9001',
  'CAP RSE',
  'ISO 9001',
  'Qualiopi',
  'Label RSEi',
  'AFAQ EI/ETTI',
] as const;

export const cycleSlots = ['surveillance_1', 'surveillance_2', 'renouvellement'] as const;
export type CycleSlot = (typeof cycleSlots)[number];

/** An audit of the cycle: what the planner proposes for it, and the audit that fills it, if any. */
export type SlotPlan = {
  slot: CycleSlot;
  type: 'surveillance' | 'renouvellement';
  windowStart: CalendarDate;
  windowEnd: CalendarDate;
  /** Inside the window; never before today for a slot no audit fills yet. */
  proposedDate: CalendarDate;
  /** When the agenda starts warning about it. */
  alertDate: CalendarDate;
  auditId: number | null;
  /** The audit's first day: held, or as planned. */
  auditDate: CalendarDate | null;
  held: boolean;
  /** No audit fills the slot and its window closed before today. */
  windowPassed: boolean;
};

/** After an expiry without renewal: until when the body may restore the certificate (ISO/IEC 17021-1 §9.6.3.2.5). */
export type Restoration = { from: CalendarDate; until: CalendarDate; state: 'possible' | 'depassee' };

export type Cycle = {
  slots: SlotPlan[];
  /** Calendar years that need an audit of the body: from the decision's to the one before the renewal's (ISO family). */
  yearsToCover: number[];
  renewalYear: number;
  restoration: Restoration | null;
};

/** An audit as the planner reads it; the service gives every audit of the certification. */
export type CycleAudit = {
  id: number;
  reference: string;
  type: AuditType;
  startDate: CalendarDate;
  endDate: CalendarDate;
  status: AuditStatus;
  cycleSlot: string | null;
};

export type CycleInput = {
  decision: CalendarDate;
  expiry: CalendarDate;
  rules: SchemeRules;
  audits: readonly CycleAudit[];
  today: CalendarDate;
};

const months = (date: Date, count: number): Date => addMonths(date, count);
const clamp = (date: Date, from: Date, to: Date): Date => latest([from, earliest([date, to])]);

/** A window that constraints emptied is pulled back to the three months before its end, never before `floor`. */
const fit = (from: Date, to: Date, floor: Date): [Date, Date] => {
  if (from <= to) return [from, to];
  if (to < floor) return [floor, floor];
  return [latest([floor, months(to, -3)]), to];
};

/** The body's audits of the certification, live, as the cycle counts them. */
export const bodyAudits = (audits: readonly CycleAudit[]): CycleAudit[] =>
  audits.filter((audit) => audit.status !== 'annule' && isExternalAudit(audit.type));

/**
 * The audits of a certification cycle, recomputed from what was held. ISO/IEC 17021-1:
 * - surveillance 1 between months 9 and 12 after the decision (§9.6.2.2: within 12 months), and
 *   within the decision's year when the audit that led to the decision was held the year before;
 * - surveillance 2 from the date surveillance 1 was held (else planned, else proposed): 9 to 15
 *   months later, within 24 months of the decision (§9.1.3.2: first and second years), before the
 *   renewal window, and inside the next calendar year when that year would otherwise have no audit
 *   (§9.6.2.2: at least once per calendar year, except the recertification year);
 * - renewal in the 3 months that end `renewalMarginMonths` before expiry, so that the audit, the
 *   verification of its corrections and the decision all come before expiry (§9.6.3.2).
 * Qualiopi (arrêté du 6 juin 2019 modifié): one surveillance between months 14 and 22, then the renewal.
 * Month ends clamp (31 January + 1 month = end of February). Audits fill slots by their planner slot,
 * else surveillance and renewal audits in date order.
 */
export const planCycle = ({ decision, expiry, rules, audits, today }: CycleInput): Cycle => {
  const decided = fromCalendarDate(decision);
  const expires = fromCalendarDate(expiry);
  const live = bodyAudits(audits);
  const used = new Set<number>();
  const take = (slot: CycleSlot, type: 'surveillance' | 'renouvellement'): CycleAudit | null => {
    const chosen =
      live.find((audit) => audit.cycleSlot === slot && !used.has(audit.id)) ??
      live
        .filter((audit) => audit.cycleSlot === null && audit.type === type && audit.startDate > decision && !used.has(audit.id))
        .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : a.id - b.id))[0] ??
      null;
    if (chosen) used.add(chosen.id);
    return chosen;
  };
  const filled = {
    surveillance_1: take('surveillance_1', 'surveillance'),
    surveillance_2: rules.family === 'iso17021' ? take('surveillance_2', 'surveillance') : null,
    renouvellement: take('renouvellement', 'renouvellement'),
  };

  const slot = (name: CycleSlot, from: Date, to: Date, proposed: Date, alert: Date): SlotPlan => {
    const audit = filled[name];
    const windowEnd = toCalendarDate(to);
    const inWindow = toCalendarDate(clamp(proposed, from, to));
    return {
      slot: name,
      type: name === 'renouvellement' ? 'renouvellement' : 'surveillance',
      windowStart: toCalendarDate(from),
      windowEnd,
      proposedDate: audit === null && inWindow < today ? today : inWindow,
      alertDate: toCalendarDate(alert),
      auditId: audit?.id ?? null,
      auditDate: audit?.startDate ?? null,
      held: audit !== null && isHeldAudit(audit.status),
      windowPassed: audit === null && windowEnd < today,
    };
  };
  const dateOf = (plan: SlotPlan): Date => fromCalendarDate(plan.auditDate ?? plan.proposedDate);

  const renewalEnd = months(expires, -rules.renewalMarginMonths);
  const renewalStart = months(renewalEnd, -3);
  const renewal = slot('renouvellement', renewalStart, renewalEnd, months(renewalStart, 1), renewalStart);
  const renewalYear = getYear(dateOf(renewal));
  const restoration = restorationOf(expiry, rules, filled.renouvellement, today);

  if (rules.family === 'qualiopi') {
    const first = slot('surveillance_1', months(decided, 14), months(decided, 22), months(decided, 18), months(decided, 13));
    return { slots: [first, renewal], yearsToCover: [], renewalYear, restoration };
  }

  // The audit that led to the decision (stage 2, or the previous cycle's renewal) usually falls in the
  // decision's year; when it was held the year before, that year needs its own surveillance audit.
  const leading = live
    .filter((audit) => (audit.type === 'etape_2' || audit.type === 'renouvellement') && audit.startDate <= decision)
    .sort((a, b) => (a.startDate < b.startDate ? 1 : -1))[0];
  const decisionYearCovered = leading === undefined || getYear(fromCalendarDate(leading.startDate)) === getYear(decided);
  const firstTo = decisionYearCovered ? months(decided, 12) : earliest([months(decided, 12), endOfYear(decided)]);
  const [firstFrom, firstUntil] = fit(months(decided, 9), firstTo, addDays(decided, 1));
  const first = slot('surveillance_1', firstFrom, firstUntil, months(decided, 11), months(firstFrom, -1));

  const base = dateOf(first);
  const nextYear = getYear(base) + 1;
  let from = months(base, 9);
  let to = earliest([months(base, 15), months(decided, 24), addDays(renewalStart, -1)]);
  if (nextYear < renewalYear) {
    from = latest([from, startOfYear(new Date(nextYear, 0, 1))]);
    to = earliest([to, endOfYear(new Date(nextYear, 0, 1))]);
  }
  const [secondFrom, secondTo] = fit(from, to, addDays(base, 1));
  const second = slot('surveillance_2', secondFrom, secondTo, months(base, 12), months(secondFrom, -1));

  const firstYear = getYear(decided) + (decisionYearCovered ? 1 : 0);
  const yearsToCover = Array.from({ length: Math.max(0, renewalYear - firstYear) }, (_, index) => firstYear + index);
  return { slots: [first, second, renewal], yearsToCover, renewalYear, restoration };
};

/** Expired without a renewal audit held by then: the restoration period, when the family has one. */
const restorationOf = (expiry: CalendarDate, rules: SchemeRules, renewal: CycleAudit | null, today: CalendarDate): Restoration | null => {
  const monthsAllowed = familyFacts[rules.family].restorationMonths;
  if (monthsAllowed === null || today <= expiry) return null;
  if (renewal !== null && isHeldAudit(renewal.status) && renewal.startDate <= expiry) return null;
  const until = toCalendarDate(months(fromCalendarDate(expiry), monthsAllowed));
  return { from: toCalendarDate(addDays(fromCalendarDate(expiry), 1)), until, state: today <= until ? 'possible' : 'depassee' };
};

/** When the agenda starts asking to prepare the renewal: as its window opens. */
export const renewalAlertDate = (expiry: CalendarDate, renewalMarginMonths: number): CalendarDate =>
  toCalendarDate(months(fromCalendarDate(expiry), -(renewalMarginMonths + 3)));

/** Whether a date falls inside a planned audit's window (both ends included). */
export const isWithinWindow = (date: CalendarDate, windowStart: CalendarDate, windowEnd: CalendarDate): boolean =>
  date >= windowStart && date <= windowEnd;

type Dated = { id: number; status: CertificationStatus; decisionDate: CalendarDate | null; expiryDate: CalendarDate | null };

/**
 * The certification an evidence pack dated `date` speaks for: the one certified then (decision ≤
 * date ≤ expiry), else one whose validity covered that date (since expired or suspended), else the
 * latest recorded whose decision is not after `date` (one in preparation has no decision yet).
 */
export const certificationAt = <C extends Dated>(certifications: readonly C[], date: CalendarDate): C | null => {
  const covers = (c: C) => c.decisionDate !== null && c.decisionDate <= date && (c.expiryDate === null || c.expiryDate >= date);
  const inForce = certifications.find((c) => c.status === 'certifie' && covers(c)) ?? certifications.find(covers);
  if (inForce) return inForce;
  const known = certifications.filter((c) => c.decisionDate === null || c.decisionDate <= date);
  return known.reduce<C | null>((latest, c) => (latest === null || c.id > latest.id ? c : latest), null);
};
