import { describe, expect, it } from 'vitest';
import { defaultResponseDeadline, responseMonths } from '../../../../shared/domain/audits';
import { certificationAt, cycleRulesFor, isWithinWindow, planCycle } from '../../../../shared/domain/certification';

const bySlot = (decision: string, expiry: string, rules: 'iso' | 'qualiopi') =>
  Object.fromEntries(planCycle(decision, expiry, rules).map((proposal) => [proposal.slot, proposal]));

describe('planCycle (ISO 9001 practice)', () => {
  it('plans the issue’s Cèdre ISO 9001 cycle: surveillance in 2027 and 2028, renewal before expiry with a 6-month alert', () => {
    const plan = bySlot('2026-03-15', '2029-03-14', 'iso');
    expect(plan.surveillance_1).toMatchObject({
      type: 'surveillance',
      windowStart: '2026-12-15',
      windowEnd: '2027-03-15',
      proposedDate: '2027-02-15',
    });
    expect(plan.surveillance_2).toMatchObject({
      type: 'surveillance',
      windowStart: '2028-01-01',
      windowEnd: '2028-03-15',
      proposedDate: '2028-02-15',
    });
    expect(plan.renouvellement).toMatchObject({
      type: 'renouvellement',
      windowStart: '2028-09-14',
      windowEnd: '2029-03-13',
      proposedDate: '2028-12-14',
      alertDate: '2028-09-14',
    });
  });

  it.each([
    // decision, expiry, surveillance 1 window end (decision + 12 months, month ends clamped)
    ['2027-01-31', '2030-01-30', '2028-01-31'],
    ['2028-02-29', '2031-02-28', '2029-02-28'],
    ['2026-08-31', '2029-08-30', '2027-08-31'],
    ['2025-05-31', '2028-05-30', '2026-05-31'],
  ])('decision %s: surveillance 1 no later than %s', (decision, expiry, end) => {
    const plan = bySlot(decision, expiry, 'iso');
    expect(plan.surveillance_1?.windowEnd).toBe(end);
    expect(
      isWithinWindow(plan.surveillance_1?.proposedDate ?? '', plan.surveillance_1?.windowStart ?? '', plan.surveillance_1?.windowEnd ?? ''),
    ).toBe(true);
  });

  it('clamps month ends: a decision on 31 May gives a window from 28 (or 29) February', () => {
    expect(bySlot('2027-05-31', '2030-05-30', 'iso').surveillance_1).toMatchObject({
      windowStart: '2028-02-29',
      proposedDate: '2028-04-30',
    });
    expect(bySlot('2026-05-31', '2029-05-30', 'iso').surveillance_1).toMatchObject({ windowStart: '2027-02-28' });
  });

  it('puts surveillance 2 in the calendar year after surveillance 1, inside the cycle', () => {
    for (const decision of ['2026-01-10', '2026-06-30', '2026-11-20', '2027-12-31']) {
      const expiry = `${Number(decision.slice(0, 4)) + 3}${decision.slice(4)}`;
      const plan = bySlot(decision, expiry, 'iso');
      const firstYear = Number(plan.surveillance_1?.proposedDate.slice(0, 4));
      expect(Number(plan.surveillance_2?.proposedDate.slice(0, 4)), decision).toBe(firstYear + 1);
      expect((plan.surveillance_2?.windowEnd ?? '') < (plan.renouvellement?.windowStart ?? ''), decision).toBe(true);
    }
  });
});

describe('planCycle (Qualiopi)', () => {
  it('plans one surveillance between months 14 and 22, then the renewal', () => {
    const plan = planCycle('2026-03-15', '2029-03-14', 'qualiopi');
    expect(plan.map((proposal) => proposal.slot)).toEqual(['surveillance_1', 'renouvellement']);
    expect(plan[0]).toMatchObject({ windowStart: '2027-05-15', windowEnd: '2028-01-15', proposedDate: '2027-09-15' });
  });

  it('clamps its window on month ends and leap days', () => {
    expect(planCycle('2026-12-31', '2029-12-30', 'qualiopi')[0]).toMatchObject({ windowStart: '2028-02-29', windowEnd: '2028-10-31' });
  });

  it('recognises Qualiopi in the scheme name, and nothing else', () => {
    expect(cycleRulesFor('Qualiopi')).toBe('qualiopi');
    expect(cycleRulesFor('Certification QUALIOPI actions de formation')).toBe('qualiopi');
    expect(cycleRulesFor('Cèdre ISO 9001')).toBe('iso');
    expect(cycleRulesFor('CAP ISO 9001')).toBe('iso');
  });
});

describe('response deadlines', () => {
  it.each([
    ['majeure', 'iso', 3],
    ['mineure', 'iso', 3],
    ['majeure', 'qualiopi', 3],
    ['mineure', 'qualiopi', 6],
    [null, 'iso', null],
  ] as const)('%s under %s rules: %s months', (severity, rules, months) => {
    expect(responseMonths(severity, rules)).toBe(months);
  });

  it('counts from the audit’s last day, clamping month ends', () => {
    expect(defaultResponseDeadline('mineure', 'iso', '2026-11-30')).toBe('2027-02-28');
    expect(defaultResponseDeadline('mineure', 'qualiopi', '2027-08-31')).toBe('2028-02-29');
    expect(defaultResponseDeadline(null, 'iso', '2026-11-30')).toBeNull();
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
  const qualiopi = cert(3, 'en_preparation', null, null);

  it('takes the one certified on that date, whatever was recorded after it', () => {
    expect(certificationAt([previous, current, qualiopi], '2026-11-26')).toBe(current);
  });

  it('else the one valid on that date, though expired since', () => {
    expect(certificationAt([previous, current, qualiopi], '2026-01-10')).toBe(previous);
  });

  it('else the latest recorded whose decision is not after the date (one in preparation has none)', () => {
    expect(certificationAt([previous, current, qualiopi], '2022-01-01')).toBe(qualiopi);
    expect(certificationAt([previous, current], '2022-01-01')).toBeNull();
    expect(certificationAt([current], '2026-01-10')).toBeNull();
    expect(certificationAt([], '2026-01-10')).toBeNull();
  });
});
