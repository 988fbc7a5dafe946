import { addDays, addMonths, endOfYear, getYear, max as latest, min as earliest, startOfYear } from 'date-fns';
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

/** How a scheme plans its audits: ISO 9001 practice, or Qualiopi's single surveillance. */
export type CycleRules = 'iso' | 'qualiopi';

/** Qualiopi has its own cycle; every other scheme follows ISO 9001 certification practice. */
export const cycleRulesFor = (scheme: string): CycleRules => (/qualiopi/i.test(scheme) ? 'qualiopi' : 'iso');

export type CycleSlot = 'surveillance_1' | 'surveillance_2' | 'renouvellement';

/** An audit the planner proposes: its target window, a proposed date inside it, and when to be alerted. */
export type ProposedAudit = {
  slot: CycleSlot;
  type: 'surveillance' | 'renouvellement';
  windowStart: CalendarDate;
  windowEnd: CalendarDate;
  proposedDate: CalendarDate;
  /** When the agenda starts warning about it. */
  alertDate: CalendarDate;
};

const months = (date: Date, count: number): Date => addMonths(date, count);
const clamp = (date: Date, from: Date, to: Date): Date => latest([from, earliest([date, to])]);

const proposal = (slot: CycleSlot, from: Date, to: Date, proposed: Date, alert: Date): ProposedAudit => ({
  slot,
  type: slot === 'renouvellement' ? 'renouvellement' : 'surveillance',
  windowStart: toCalendarDate(from),
  windowEnd: toCalendarDate(to),
  proposedDate: toCalendarDate(clamp(proposed, from, to)),
  alertDate: toCalendarDate(alert),
});

/**
 * The audits of a 3-year certification cycle, from the certification decision and the expiry date.
 * ISO 9001 practice: surveillance 1 no later than 12 months after the decision (window from month 9);
 * surveillance 2 in the next calendar year, within 24 months of the decision; renewal before expiry,
 * planned 3 months ahead, alert 6 months ahead. Qualiopi: one surveillance between months 14 and 22.
 * Month ends clamp (31 January + 1 month = end of February).
 */
export const planCycle = (decision: CalendarDate, expiry: CalendarDate, rules: CycleRules): ProposedAudit[] => {
  const decided = fromCalendarDate(decision);
  const expires = fromCalendarDate(expiry);
  const renewal = proposal('renouvellement', months(expires, -6), addDays(expires, -1), months(expires, -3), months(expires, -6));
  if (rules === 'qualiopi') {
    return [proposal('surveillance_1', months(decided, 14), months(decided, 22), months(decided, 18), months(decided, 13)), renewal];
  }
  const first = proposal('surveillance_1', months(decided, 9), months(decided, 12), months(decided, 11), months(decided, 8));
  const secondYear = getYear(fromCalendarDate(first.proposedDate)) + 1;
  const secondFrom = startOfYear(new Date(secondYear, 0, 1));
  const secondTo = earliest([endOfYear(secondFrom), months(decided, 24), addDays(months(expires, -6), -1)]);
  const second = proposal('surveillance_2', secondFrom, secondTo, months(decided, 23), months(secondFrom, -1));
  return [first, second, renewal];
};

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
