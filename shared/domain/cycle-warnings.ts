import { addMonths, differenceInCalendarDays, getYear } from 'date-fns';
import { isFindingOpen, isHeldAudit, type FindingStatus, type NcSeverity } from './audits';
import { bodyAudits, isWithinWindow, type Cycle, type CycleAudit, type CycleSlot, type SlotPlan } from './certification';
import { familyFacts, frenchDate, type SchemeRules } from './certification-rules';
import { fromCalendarDate, toCalendarDate, type CalendarDate } from './dates';

export const cycleWarningKinds = [
  'annee_sans_audit',
  'hors_fenetre',
  'fenetre_depassee',
  'renouvellement_tardif',
  'restauration',
  'nc_majeure_non_verifiee',
  'nc_mineure_requalifiee',
  'nc_mineure_en_retard',
] as const;
export type CycleWarningKind = (typeof cycleWarningKinds)[number];

/** Something the cycle's rules say is wrong or at risk, in words; `date` is when it matters. */
export type CycleWarning = { key: string; kind: CycleWarningKind; date: CalendarDate; message: string; auditId: number | null };

/** A finding of one of the certification's audits, as the warnings read it. */
export type WarningFinding = {
  id: number;
  auditId: number;
  severity: NcSeverity | null;
  description: string;
  followUpDue: CalendarDate | null;
  status: FindingStatus;
};

export type WarningInput = {
  decision: CalendarDate | null;
  expiry: CalendarDate | null;
  rules: SchemeRules;
  /** Null while the certificate has no dates. */
  cycle: Cycle | null;
  audits: readonly CycleAudit[];
  findings: readonly WarningFinding[];
  today: CalendarDate;
};

const slotNames: Record<CycleSlot, string> = {
  surveillance_1: 'La surveillance 1',
  surveillance_2: 'La surveillance 2',
  renouvellement: 'Le renouvellement',
};
const days = (count: number) => (count > 1 ? `${count} jours` : `${count} jour`);
const quoted = (text: string) => `« ${text.length > 80 ? `${text.slice(0, 79)}…` : text} »`;
const ISO = 'ISO/IEC 17021-1';
const ARRETE = 'arrêté du 6 juin 2019 modifié';

const windowWarnings = (plan: SlotPlan, audits: readonly CycleAudit[], rules: SchemeRules, today: CalendarDate): CycleWarning[] => {
  const range = `du ${frenchDate(plan.windowStart)} au ${frenchDate(plan.windowEnd)}`;
  if (plan.auditDate === null) {
    if (!plan.windowPassed) return [];
    return [
      {
        key: `fenetre_depassee-${plan.slot}`,
        kind: 'fenetre_depassee',
        date: plan.windowEnd,
        message: `${slotNames[plan.slot]} n’a pas eu lieu : sa fenêtre (${range}) s’est fermée le ${frenchDate(plan.windowEnd)}. Planifiez-la au plus tôt avec l’organisme.`,
        auditId: null,
      },
    ];
  }
  // A renewal after its window is the renewal warning's business.
  if (
    isWithinWindow(plan.auditDate, plan.windowStart, plan.windowEnd) ||
    (plan.slot === 'renouvellement' && plan.auditDate > plan.windowEnd)
  )
    return [];
  const reference = audits.find((audit) => audit.id === plan.auditId)?.reference ?? '';
  const early = plan.auditDate < plan.windowStart;
  const gap = Math.abs(
    differenceInCalendarDays(fromCalendarDate(plan.auditDate), fromCalendarDate(early ? plan.windowStart : plan.windowEnd)),
  );
  const why =
    plan.slot !== 'surveillance_1'
      ? ''
      : rules.family === 'qualiopi'
        ? ` Qualiopi : la surveillance a lieu entre le 14e et le 22e mois après la décision (${ARRETE}).`
        : ` La première surveillance a lieu au plus tard 12 mois après la décision (${ISO}, § 9.6.2.2).`;
  const verb = plan.held || plan.auditDate < today ? 'a eu lieu' : 'est prévue';
  return [
    {
      key: `hors_fenetre-${plan.slot}`,
      kind: 'hors_fenetre',
      date: plan.auditDate,
      message: `${slotNames[plan.slot]} (${reference}) ${verb} le ${frenchDate(plan.auditDate)}, hors de sa fenêtre (${range}) : ${days(gap)} ${early ? 'trop tôt' : 'trop tard'}.${why}`,
      auditId: plan.auditId,
    },
  ];
};

const renewalWarnings = (plan: SlotPlan, expiry: CalendarDate, rules: SchemeRules, audits: readonly CycleAudit[]): CycleWarning[] => {
  if (plan.auditDate === null) return [];
  const reference = audits.find((audit) => audit.id === plan.auditId)?.reference ?? '';
  const limit = toCalendarDate(addMonths(fromCalendarDate(expiry), -rules.renewalMarginMonths));
  if (plan.auditDate <= limit) return [];
  const message =
    plan.auditDate > expiry
      ? `Le renouvellement (${reference}, ${frenchDate(plan.auditDate)}) vient après l’échéance du certificat, le ${frenchDate(expiry)} : le certificat n’est plus valide à cette date. Voyez sa restauration avec l’organisme (${ISO}, § 9.6.3.2.5).`
      : `Le renouvellement (${reference}, ${frenchDate(plan.auditDate)}) laisse moins de ${rules.renewalMarginMonths} mois avant l’échéance du ${frenchDate(expiry)} : l’audit, la vérification des corrections et la décision doivent précéder l’échéance (${ISO}, § 9.6.3.2). Avancez-le au plus tard au ${frenchDate(limit)}.`;
  return [{ key: 'renouvellement_tardif', kind: 'renouvellement_tardif', date: plan.auditDate, message, auditId: plan.auditId }];
};

/** ISO family: each calendar year before the renewal's has an audit of the body (held, planned, or proposed by the plan). */
const yearWarnings = (cycle: Cycle, audits: readonly CycleAudit[], today: CalendarDate): CycleWarning[] => {
  const dated = [
    ...bodyAudits(audits).map((audit) => audit.startDate),
    ...cycle.slots.filter((plan) => plan.auditDate === null).map((plan) => plan.proposedDate),
  ];
  return cycle.yearsToCover
    .filter((year) => !dated.some((date) => getYear(fromCalendarDate(date)) === year))
    .map((year) => {
      const end = `${year}-12-31`;
      const past = end < today;
      return {
        key: `annee_sans_audit-${year}`,
        kind: 'annee_sans_audit' as const,
        date: end,
        message: `Aucun audit de l’organisme ${past ? 'n’a eu lieu' : 'n’est prévu'} en ${year} : ${ISO} (§ 9.6.2.2) demande au moins un audit de surveillance par année civile, hors année du renouvellement.${past ? '' : ` Planifiez-en un en ${year}.`}`,
        auditId: null,
      };
    });
};

const restorationWarnings = (cycle: Cycle, expiry: CalendarDate): CycleWarning[] => {
  const restoration = cycle.restoration;
  if (restoration === null) return [];
  const message =
    restoration.state === 'possible'
      ? `Le certificat a expiré le ${frenchDate(expiry)} sans audit de renouvellement : l’organisme peut le restaurer jusqu’au ${frenchDate(restoration.until)} si les activités de renouvellement en suspens sont achevées ; au-delà, il faut au moins un audit d’étape 2 (${ISO}, § 9.6.3.2.5).`
      : `Le délai de restauration du certificat a pris fin le ${frenchDate(restoration.until)} : un nouvel audit initial (étape 2 au moins) est nécessaire (${ISO}, § 9.6.3.2.5).`;
  return [{ key: 'restauration', kind: 'restauration', date: restoration.until, message, auditId: null }];
};

/** Major NCs the body has not verified in time, and (Qualiopi) minor NCs not lifted at the next audit. */
const findingWarnings = (input: WarningInput): CycleWarning[] => {
  const live = bodyAudits(input.audits);
  const warnings: CycleWarning[] = [];
  for (const finding of input.findings) {
    const audit = live.find((candidate) => candidate.id === finding.auditId);
    if (!audit || !isFindingOpen(finding.status) || finding.severity === null) continue;
    const what = `La NC ${finding.severity} ${quoted(finding.description)} de l’audit ${audit.reference}`;
    if (finding.severity === 'majeure' && finding.followUpDue !== null && finding.followUpDue < input.today) {
      const due = frenchDate(finding.followUpDue);
      const consequence =
        input.rules.family === 'qualiopi'
          ? `devait être levée et vérifiée par l’organisme au plus tard le ${due} (${ARRETE} : actions correctives sous 3 mois, vérification dans le mois qui suit).`
          : audit.type === 'etape_2'
            ? `n’a pas été vérifiée par l’organisme dans les 6 mois suivant l’étape 2 (au plus tard le ${due}) : un nouvel audit d’étape 2 est nécessaire avant la décision (${ISO}, § 9.5.3.2).`
            : audit.type === 'renouvellement'
              ? `devait être vérifiée par l’organisme avant l’échéance du certificat, au plus tard le ${due} : sans cela, le certificat n’est pas renouvelé (${ISO}, § 9.6.3.2.3).`
              : `n’a pas été vérifiée par l’organisme à la date prévue, le ${due} : demandez-lui où en est sa vérification.`;
      warnings.push({
        key: `nc_majeure_non_verifiee-${finding.id}`,
        kind: 'nc_majeure_non_verifiee',
        date: finding.followUpDue,
        message: `${what} ${consequence}`,
        auditId: audit.id,
      });
      continue;
    }
    if (finding.severity !== 'mineure' || !familyFacts[input.rules.family].requalifiesMinor) continue;
    const next = live
      .filter((later) => later.id !== audit.id && isHeldAudit(later.status) && later.startDate > audit.endDate)
      .sort((a, b) => (a.startDate < b.startDate ? -1 : 1))[0];
    if (next) {
      warnings.push({
        key: `nc_mineure_requalifiee-${finding.id}`,
        kind: 'nc_mineure_requalifiee',
        date: next.startDate,
        message: `${what} n’était pas levée à l’audit suivant (${next.reference}, ${frenchDate(next.startDate)}) : elle est requalifiée en NC majeure (${ARRETE}).`,
        auditId: audit.id,
      });
    } else if (finding.followUpDue !== null && finding.followUpDue < input.today) {
      warnings.push({
        key: `nc_mineure_en_retard-${finding.id}`,
        kind: 'nc_mineure_en_retard',
        date: finding.followUpDue,
        message: `${what} devait être mise en œuvre au plus tard le ${frenchDate(finding.followUpDue)} : non levée à l’audit suivant, elle deviendra majeure (${ARRETE}).`,
        auditId: audit.id,
      });
    }
  }
  return warnings;
};

/** Every warning of a certification's cycle, by date: what the timeline and "À faire" say in words. */
export const cycleWarnings = (input: WarningInput): CycleWarning[] => {
  const { cycle, expiry, rules, audits, today } = input;
  const fromCycle =
    cycle === null || expiry === null
      ? []
      : [
          ...(familyFacts[rules.family].yearlySurveillance ? yearWarnings(cycle, audits, today) : []),
          ...cycle.slots.flatMap((plan) => windowWarnings(plan, audits, rules, today)),
          ...cycle.slots.filter((plan) => plan.slot === 'renouvellement').flatMap((plan) => renewalWarnings(plan, expiry, rules, audits)),
          ...restorationWarnings(cycle, expiry),
        ];
  return [...fromCycle, ...findingWarnings(input)].sort((a, b) =>
    a.date === b.date ? a.key.localeCompare(b.key) : a.date < b.date ? -1 : 1,
  );
};
