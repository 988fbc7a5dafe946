import { addDays, addMonths, getYear } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { certificationAt, planCycle, renewalAlertDate, type CycleAudit, type SlotPlan } from '../../../../shared/domain/certification';
import { defaultSchemeRules, proposedExpiry, type SchemeRules } from '../../../../shared/domain/certification-rules';
import { cycleWarnings } from '../../../../shared/domain/cycle-warnings';
import { fromCalendarDate, toCalendarDate } from '../../../../shared/domain/dates';

const iso = defaultSchemeRules('iso17021');
const qualiopi = defaultSchemeRules('qualiopi');
// A day before every cycle below: nothing is late yet, and proposals are never moved to "today".
const TODAY = '2025-06-01';

const held = (id: number, slot: string | null, date: string, type: CycleAudit['type'] = 'surveillance'): CycleAudit => ({
  id,
  reference: `AUD-${id}`,
  type,
  startDate: date,
  endDate: date,
  status: 'realise',
  cycleSlot: slot,
});

const plan = (decision: string, audits: CycleAudit[] = [], rules: SchemeRules = iso, today = TODAY) => {
  const expiry = proposedExpiry(decision);
  const cycle = planCycle({ decision, expiry, rules, audits, today });
  const slots = Object.fromEntries(cycle.slots.map((slot) => [slot.slot, slot])) as Record<string, SlotPlan>;
  const warnings = cycleWarnings({ decision, expiry, rules, cycle, audits, findings: [], today });
  return { expiry, cycle, slots, warnings };
};
const window = (slot: SlotPlan | undefined) => [slot?.windowStart, slot?.windowEnd, slot?.proposedDate];

describe('planCycle (ISO/IEC 17021-1)', () => {
  it.each([
    // decision, S1 window and proposal, S2 window and proposal, renewal window and proposal
    [
      '2026-01-31',
      ['2026-10-31', '2027-01-31', '2026-12-31'],
      ['2027-09-30', '2027-12-31', '2027-12-31'],
      ['2028-07-30', '2028-10-30', '2028-08-30'],
    ],
    [
      '2028-02-29',
      ['2028-11-29', '2029-02-28', '2029-01-29'],
      ['2029-10-29', '2030-02-28', '2030-01-29'],
      ['2030-08-27', '2030-11-27', '2030-09-27'],
    ],
    [
      '2026-12-31',
      ['2027-09-30', '2027-12-31', '2027-11-30'],
      ['2028-08-30', '2028-12-31', '2028-11-30'],
      ['2029-06-30', '2029-09-30', '2029-07-30'],
    ],
  ])(
    'decision %s: surveillance within 12 months, one audit each calendar year, renewal 3 months before expiry',
    (decision, s1, s2, renewal) => {
      const { slots, warnings } = plan(decision);
      expect(window(slots.surveillance_1)).toEqual(s1);
      expect(window(slots.surveillance_2)).toEqual(s2);
      expect(window(slots.renouvellement)).toEqual(renewal);
      expect(warnings).toEqual([]);
    },
  );

  it('recomputes surveillance 2 from the day surveillance 1 was held, early or late in its window', () => {
    // Held early (November 2026): 2027 still needs its own audit, so surveillance 2 stays in 2027.
    expect(window(plan('2026-01-31', [held(1, 'surveillance_1', '2026-11-02')]).slots.surveillance_2)).toEqual([
      '2027-08-02',
      '2027-12-31',
      '2027-11-02',
    ]);
    // Held late (January 2027, which it covers): surveillance 2 twelve months on, within 24 months of the decision.
    expect(window(plan('2026-01-31', [held(1, 'surveillance_1', '2027-01-20')]).slots.surveillance_2)).toEqual([
      '2027-10-20',
      '2028-01-31',
      '2028-01-20',
    ]);
  });

  it('warns, in words, when surveillance 1 is held outside its window, and plans surveillance 2 from it anyway', () => {
    const early = plan('2026-01-31', [held(1, 'surveillance_1', '2026-06-10')]);
    expect(early.warnings.map((warning) => [warning.kind, warning.date, warning.auditId])).toEqual([['hors_fenetre', '2026-06-10', 1]]);
    expect(early.warnings[0]?.message).toBe(
      'La surveillance 1 (AUD-1) a eu lieu le 10 juin 2026, hors de sa fenêtre (du 31 octobre 2026 au 31 janvier 2027) : 143 jours trop tôt. La première surveillance a lieu au plus tard 12 mois après la décision (ISO/IEC 17021-1, § 9.6.2.2).',
    );
    expect(window(early.slots.surveillance_2)).toEqual(['2027-03-10', '2027-09-10', '2027-06-10']);

    const late = plan('2026-12-31', [held(1, null, '2028-01-20')]);
    expect(late.slots.surveillance_1?.auditId).toBe(1);
    expect(late.warnings.map((warning) => [warning.kind, warning.date])).toEqual([
      ['annee_sans_audit', '2027-12-31'],
      ['hors_fenetre', '2028-01-20'],
    ]);
    expect(late.warnings[0]?.message).toContain('Aucun audit de l’organisme n’est prévu en 2027');
    expect(late.warnings[1]?.message).toContain('20 jours trop tard');
  });

  it('keeps the decision’s year for surveillance 1 when stage 2 was held the year before', () => {
    const { slots, cycle } = plan('2026-01-31', [held(9, null, '2025-12-10', 'etape_2')]);
    expect(window(slots.surveillance_1)).toEqual(['2026-10-31', '2026-12-31', '2026-12-31']);
    expect(cycle.yearsToCover).toEqual([2026, 2027]);
  });

  it.each(['2026-01-31', '2028-02-29', '2026-12-31'])(
    'decision %s, surveillance 1 held from 6 months early to 6 months late: every calendar year has an audit or a warning',
    (decision) => {
      const s1End = fromCalendarDate(
        planCycle({ decision, expiry: proposedExpiry(decision), rules: iso, audits: [], today: TODAY }).slots[0]?.windowEnd ?? '',
      );
      for (let offset = -270; offset <= 180; offset += 15) {
        const date = toCalendarDate(addDays(s1End, offset));
        const { cycle, warnings, slots } = plan(decision, [held(1, 'surveillance_1', date)]);
        const dated = [date, slots.surveillance_2?.proposedDate, slots.renouvellement?.proposedDate];
        for (const year of cycle.yearsToCover) {
          const audited = dated.some((day) => day !== undefined && getYear(fromCalendarDate(day)) === year);
          const warned = warnings.some((warning) => warning.kind === 'annee_sans_audit' && warning.key.endsWith(String(year)));
          expect(audited || warned, `${decision}, S1 on ${date}, year ${year}`).toBe(true);
        }
        expect(
          warnings.some((warning) => warning.kind === 'hors_fenetre'),
          `${decision}, S1 on ${date}`,
        ).toBe(date < (slots.surveillance_1?.windowStart ?? '') || date > (slots.surveillance_1?.windowEnd ?? ''));
      }
    },
  );

  it('every calendar year before the renewal’s has an audit or a warning, whatever the decision and the days held', () => {
    const day = fc.integer({ min: 0, max: 365 * 6 }).map((n) => toCalendarDate(addDays(new Date(2024, 0, 1), n)));
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: -300, max: 300 }),
        fc.option(fc.integer({ min: -300, max: 300 })),
        (decision, s1Offset, s2Offset) => {
          const first = plan(decision).slots.surveillance_1;
          const s1 = toCalendarDate(addDays(fromCalendarDate(first?.windowEnd ?? decision), s1Offset));
          const audits = [held(1, 'surveillance_1', s1)];
          const s2Window = plan(decision, audits).slots.surveillance_2;
          if (s2Offset !== null)
            audits.push(held(2, 'surveillance_2', toCalendarDate(addDays(fromCalendarDate(s2Window?.windowEnd ?? s1), s2Offset))));
          const { cycle, warnings } = plan(decision, audits);
          const dates = [
            ...audits.map((audit) => audit.startDate),
            ...cycle.slots.filter((slot) => slot.auditId === null).map((slot) => slot.proposedDate),
          ];
          for (const year of cycle.yearsToCover) {
            const covered = dates.some((date) => getYear(fromCalendarDate(date)) === year);
            const warned = warnings.some((warning) => warning.key === `annee_sans_audit-${year}`);
            if (covered === warned) return false;
          }
          return cycle.slots.every((slot) => slot.windowStart <= slot.windowEnd);
        },
      ),
      { numRuns: 300 },
    );
  });

  it.each([1, 3, 6])('ends the renewal window %i month(s) before expiry, and alerts as it opens', (margin) => {
    const rules = { ...iso, renewalMarginMonths: margin };
    const expiry = '2029-03-14';
    const renewal = planCycle({ decision: '2026-03-15', expiry, rules, audits: [], today: TODAY }).slots.find(
      (slot) => slot.slot === 'renouvellement',
    );
    expect(renewal?.windowEnd).toBe(toCalendarDate(addMonths(fromCalendarDate(expiry), -margin)));
    expect((renewal?.windowEnd ?? expiry) < expiry).toBe(true);
    expect(renewal?.alertDate).toBe(renewalAlertDate(expiry, margin));
    expect(renewal?.windowStart).toBe(renewal?.alertDate);
  });

  it('does not move a slot already filled, proposes no past day, and says when a window closed unfilled', () => {
    const { slots, warnings } = plan('2026-01-31', [], iso, '2027-03-01');
    expect(slots.surveillance_1).toMatchObject({ windowEnd: '2027-01-31', windowPassed: true, proposedDate: '2027-03-01' });
    expect(warnings.map((warning) => warning.kind)).toEqual(['fenetre_depassee']);
    expect(warnings[0]?.message).toBe(
      'La surveillance 1 n’a pas eu lieu : sa fenêtre (du 31 octobre 2026 au 31 janvier 2027) s’est fermée le 31 janvier 2027. Planifiez-la au plus tôt avec l’organisme.',
    );
  });
});

describe('planCycle (Qualiopi)', () => {
  it('plans one surveillance between months 14 and 22, then the renewal before expiry', () => {
    const { cycle, warnings } = plan('2026-03-15', [], qualiopi);
    expect(cycle.slots.map((slot) => [slot.slot, slot.windowStart, slot.windowEnd, slot.proposedDate])).toEqual([
      ['surveillance_1', '2027-05-15', '2028-01-15', '2027-09-15'],
      ['renouvellement', '2028-09-14', '2028-12-14', '2028-10-14'],
    ]);
    expect(cycle.yearsToCover).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('clamps its window on month ends and leap days', () => {
    expect(plan('2026-12-31', [], qualiopi).cycle.slots[0]).toMatchObject({ windowStart: '2028-02-29', windowEnd: '2028-10-31' });
  });
});

describe('restoration after expiry (ISO/IEC 17021-1 §9.6.3.2.5)', () => {
  it('is possible for 6 months after an expiry without a renewal audit, then over', () => {
    expect(plan('2026-01-31', [], iso, '2029-03-01').cycle.restoration).toEqual({
      from: '2029-01-31',
      until: '2029-07-30',
      state: 'possible',
    });
    const over = plan('2026-01-31', [], iso, '2029-08-01');
    expect(over.cycle.restoration?.state).toBe('depassee');
    expect(over.warnings.find((warning) => warning.kind === 'restauration')?.message).toBe(
      'Le délai de restauration du certificat a pris fin le 30 juillet 2029 : un nouvel audit initial (étape 2 au moins) est nécessaire (ISO/IEC 17021-1, § 9.6.3.2.5).',
    );
  });

  it('is not needed when the renewal audit was held before expiry', () => {
    expect(plan('2026-01-31', [held(3, 'renouvellement', '2028-09-01', 'renouvellement')], iso, '2029-03-01').cycle.restoration).toBeNull();
  });
});

describe('certificationAt (the certification an evidence pack speaks for)', () => {
  const cert = (
    id: number,
    status: 'en_preparation' | 'certifie' | 'suspendu' | 'expire',
    decisionDate: string | null,
    expiryDate: string | null,
  ) => ({
    id,
    status,
    decisionDate,
    expiryDate,
  });
  const previous = cert(1, 'expire', '2023-03-15', '2026-03-14');
  const current = cert(2, 'certifie', '2026-03-15', '2029-03-14');
  const qualiopiCert = cert(3, 'en_preparation', null, null);

  it('takes the one certified on that date, whatever was recorded after it', () => {
    expect(certificationAt([previous, current, qualiopiCert], '2026-11-26')).toBe(current);
  });

  it('else the one valid on that date, though expired since', () => {
    expect(certificationAt([previous, current, qualiopiCert], '2026-01-10')).toBe(previous);
  });

  it('else the latest recorded whose decision is not after the date (one in preparation has none)', () => {
    expect(certificationAt([previous, current, qualiopiCert], '2022-01-01')).toBe(qualiopiCert);
    expect(certificationAt([previous, current], '2022-01-01')).toBeNull();
    expect(certificationAt([current], '2026-01-10')).toBeNull();
    expect(certificationAt([], '2026-01-10')).toBeNull();
  });
});
