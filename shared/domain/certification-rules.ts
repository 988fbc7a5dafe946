import { addDays, addMonths, addYears, format, min as earliest } from 'date-fns';
import { fr } from 'date-fns/locale';
import { fromCalendarDate, toCalendarDate, type CalendarDate } from './dates';

/**
 * The rules a certification follows, as data. Two families:
 * - `iso17021`: schemes certified by a body accredited to ISO/IEC 17021-1:2015 (Cèdre ISO 9001,
 *   ISO 9001, CAP ISO 9001 and any scheme the user adds);
 * - `qualiopi`: the Référentiel national qualité, audited under the arrêté du 6 juin 2019 relatif
 *   aux modalités d'audit (modifié), read with the Qualiopi guide de lecture.
 * What a family fixes is in `familyFacts`; what a body may set differently (the renewal margin,
 * the deadlines by grade and what they count from) is `SchemeRules`, editable on the certification.
 */
export const ruleFamilies = ['iso17021', 'qualiopi'] as const;
export type RuleFamily = (typeof ruleFamilies)[number];

/** Qualiopi has its own regulation; every other scheme follows ISO/IEC 17021-1. */
export const ruleFamilyFor = (scheme: string): RuleFamily => (/qualiopi/i.test(scheme) ? 'qualiopi' : 'iso17021');

/** What a deadline counts from: the audit's last day, or the day the body notified its report. */
export const deadlineBases = ['fin_audit', 'notification'] as const;
export type DeadlineBase = (typeof deadlineBases)[number];

/**
 * The deadlines of a nonconformity of one grade: the structure's answer (its action plan, or the
 * corrective actions themselves) and a second one (their implementation, or the body's
 * verification), both counted in months from `from`. Null: no date set by the rule.
 */
export type DeadlineRule = { answerMonths: number | null; followUpMonths: number | null; from: DeadlineBase };

export type SchemeRules = {
  family: RuleFamily;
  /** Months before expiry by which the renewal audit is over (its corrections verified and decided before expiry). */
  renewalMarginMonths: number;
  majeure: DeadlineRule;
  mineure: DeadlineRule;
};

/** What the second deadline of a grade stands for, fixed by the family. */
export type FollowUp = 'verification_organisme' | 'mise_en_oeuvre';

type FamilyFacts = {
  label: string;
  /** Longest validity of a certificate from its decision. */
  validityMonths: number;
  /** Months after expiry during which the body may restore the certificate; null when the rules know none. */
  restorationMonths: number | null;
  /** One surveillance audit per calendar year, the first within 12 months of the decision. */
  yearlySurveillance: boolean;
  /** A minor NC not lifted at the next audit becomes major. */
  requalifiesMinor: boolean;
  answer: { majeure: 'plan' | 'actions'; mineure: 'plan' | 'actions' };
  followUp: { majeure: FollowUp | null; mineure: FollowUp | null };
};

export const familyFacts: Record<RuleFamily, FamilyFacts> = {
  iso17021: {
    label: 'ISO/IEC 17021-1',
    // §9.1.3.2: a three-year cycle that begins with the certification decision.
    validityMonths: 36,
    // §9.6.3.2.5: restoration within 6 months after expiry, else at least a stage 2.
    restorationMonths: 6,
    // §9.6.2.2: at least one surveillance audit per calendar year (except the recertification year), the first within 12 months.
    yearlySurveillance: true,
    requalifiesMinor: false,
    answer: { majeure: 'plan', mineure: 'plan' },
    // §9.5.3.2: a major NC of stage 2 not verified within 6 months means a new stage 2; §9.6.3.2.3: before expiry for a renewal.
    followUp: { majeure: 'verification_organisme', mineure: null },
  },
  qualiopi: {
    label: 'Qualiopi',
    // Arrêté du 6 juin 2019 modifié: a certificate is valid three years.
    validityMonths: 36,
    restorationMonths: null,
    yearlySurveillance: false,
    // Arrêté du 6 juin 2019 modifié: a minor NC not lifted at the next audit is requalified as major.
    requalifiesMinor: true,
    // Major: corrective actions effective within 3 months, checked by the body within one more month.
    // Minor: a plan sent within the body's deadline, implemented within 6 months, checked at the next audit.
    answer: { majeure: 'actions', mineure: 'plan' },
    followUp: { majeure: 'verification_organisme', mineure: 'mise_en_oeuvre' },
  },
};

/** The rules a certification starts with: ISO 9001 common practice, or the Qualiopi regulation. */
export const defaultSchemeRules = (family: RuleFamily): SchemeRules =>
  family === 'qualiopi'
    ? {
        family,
        renewalMarginMonths: 3,
        majeure: { answerMonths: 3, followUpMonths: 4, from: 'notification' },
        // The plan's deadline is the body's own: the user types it on the finding.
        mineure: { answerMonths: null, followUpMonths: 6, from: 'notification' },
      }
    : {
        family,
        renewalMarginMonths: 3,
        // Action plan within 3 months is common practice; the body verifies a major NC within 6 months (§9.5.3.2).
        majeure: { answerMonths: 3, followUpMonths: 6, from: 'fin_audit' },
        mineure: { answerMonths: 3, followUpMonths: null, from: 'fin_audit' },
      };

/**
 * The structure's own rule for the findings of its internal audits (a setting of the file):
 * counted from the audit's last day. The default asks for a plan within 1 month for a major NC
 * and 2 months for a minor one.
 */
type StructureDeadline = Omit<DeadlineRule, 'from'> & { from: 'fin_audit' };
export type StructureRule = { majeure: StructureDeadline; mineure: StructureDeadline };
export const defaultStructureRule: StructureRule = {
  majeure: { answerMonths: 1, followUpMonths: null, from: 'fin_audit' },
  mineure: { answerMonths: 2, followUpMonths: null, from: 'fin_audit' },
};

const monthsAfter = (date: CalendarDate, months: number): CalendarDate => toCalendarDate(addMonths(fromCalendarDate(date), months));

/** "1er janvier 2027", "2 janvier 2027": the French way of writing a date in a sentence. */
export const frenchDate = (date: CalendarDate): string => {
  const day = fromCalendarDate(date);
  return format(day, day.getDate() === 1 ? "d'er' MMMM yyyy" : 'd MMMM yyyy', { locale: fr });
};

/** The expiry Sève proposes for a decision: the day before its third anniversary. */
export const proposedExpiry = (decision: CalendarDate): CalendarDate =>
  toCalendarDate(addDays(addYears(fromCalendarDate(decision), 3), -1));

/**
 * The latest expiry a certificate may carry: its validity from the decision or, for a renewal
 * decided before the previous certificate expired, from that expiry (ISO/IEC 17021-1 §9.6.3.2.4).
 */
export const latestExpiry = (decision: CalendarDate, family: RuleFamily, previousExpiry: CalendarDate | null = null): CalendarDate => {
  const fromDecision = monthsAfter(decision, familyFacts[family].validityMonths);
  if (previousExpiry === null || previousExpiry < decision) return fromDecision;
  const fromPrevious = monthsAfter(previousExpiry, familyFacts[family].validityMonths);
  return fromPrevious > fromDecision ? fromPrevious : fromDecision;
};

/** Why a certificate's dates cannot be (French, naming both dates), or null when they can. */
export const validityProblem = (
  decision: CalendarDate,
  expiry: CalendarDate,
  family: RuleFamily,
  previousExpiry: CalendarDate | null = null,
): string | null => {
  const latest = latestExpiry(decision, family, previousExpiry);
  if (expiry <= latest) return null;
  const years = familyFacts[family].validityMonths / 12;
  return `Un certificat ${familyFacts[family].label} est valable ${years} ans au plus : l’échéance du ${frenchDate(expiry)} est trop loin de la décision du ${frenchDate(decision)}. Indiquez une échéance au plus tard le ${frenchDate(latest)}.`;
};

/** The two preset deadlines of a nonconformity, from its rule and the audit's dates. */
export type PresetDeadlines = { responseDue: CalendarDate | null; followUpDue: CalendarDate | null };

/**
 * Deadlines of an NC graded under `rule`, counted from the audit's last day or from the report's
 * notification (none while that date is unknown). `notAfter` caps the second one: a renewal's
 * major NC must be verified before the certificate expires (ISO/IEC 17021-1 §9.6.3.2.3).
 */
export const presetDeadlines = (
  rule: DeadlineRule,
  dates: { auditEnd: CalendarDate; notifiedOn: CalendarDate | null; notAfter?: CalendarDate | null },
): PresetDeadlines => {
  const base = rule.from === 'notification' ? dates.notifiedOn : dates.auditEnd;
  if (base === null) return { responseDue: null, followUpDue: null };
  const followUp = rule.followUpMonths === null ? null : monthsAfter(base, rule.followUpMonths);
  const capped =
    followUp !== null && dates.notAfter
      ? toCalendarDate(earliest([fromCalendarDate(followUp), fromCalendarDate(dates.notAfter)]))
      : followUp;
  return { responseDue: rule.answerMonths === null ? null : monthsAfter(base, rule.answerMonths), followUpDue: capped };
};
