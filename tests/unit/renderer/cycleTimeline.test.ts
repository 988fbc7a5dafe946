import { describe, expect, it } from 'vitest';
import { planCycle } from '../../../shared/domain/certification';
import { defaultSchemeRules } from '../../../shared/domain/certification-rules';
import type { CycleProposal } from '../../../shared/schemas/audits';
import { LABEL_GUTTER, layoutTimeline, markerKind, type TimelineAudit } from '../../../renderer/src/features/certifications/timeline';

const decision = '2026-03-15';
const expiry = '2029-03-14';
const proposals: CycleProposal[] = planCycle({
  decision,
  expiry,
  rules: defaultSchemeRules('iso17021'),
  audits: [],
  today: '2026-03-15',
}).slots.map(({ auditId, ...proposal }) => ({ ...proposal, plannedAuditId: auditId }));

const audit = (id: number, overrides: Partial<TimelineAudit>): TimelineAudit => ({
  id,
  reference: `AUD-${id}`,
  type: 'surveillance',
  startDate: '2027-02-15',
  endDate: '2027-02-15',
  status: 'planifie',
  cycleSlot: null,
  windowStart: null,
  windowEnd: null,
  ...overrides,
});

describe('layoutTimeline', () => {
  const width = 960;

  it('places the cycle left to right: decision, the three audits in date order, renewal alert, expiry', () => {
    const layout = layoutTimeline({ decision, expiry, today: '2026-11-26', proposals, audits: [], width });
    expect(layout.rows.map((row) => row.slot)).toEqual(['surveillance_1', 'surveillance_2', 'renouvellement']);
    const xs = [layout.certificate.decisionX, ...layout.rows.map((row) => row.marker.x), layout.certificate.expiryX];
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(layout.certificate.decisionX).toBeGreaterThan(LABEL_GUTTER);
    expect(layout.certificate.expiryX).toBeLessThan(width);
    expect(layout.alert?.date).toBe('2028-09-14');
    expect(layout.alert!.x).toBeLessThan(layout.certificate.expiryX);
    expect(layout.rows.every((row) => row.marker.kind === 'proposed')).toBe(true);
  });

  it('draws each window around its proposed date, and rows one below the other', () => {
    const layout = layoutTimeline({ decision, expiry, today: '2026-11-26', proposals, audits: [], width });
    for (const row of layout.rows) {
      expect(row.window).not.toBeNull();
      expect(row.window!.x1).toBeLessThanOrEqual(row.marker.x);
      expect(row.window!.x2).toBeGreaterThanOrEqual(row.marker.x);
    }
    const ys = layout.rows.map((row) => row.y);
    expect(new Set(ys).size).toBe(ys.length);
    expect(layout.height).toBeGreaterThan(Math.max(...ys));
  });

  it('marks a year tick on each 1 January inside the axis', () => {
    const layout = layoutTimeline({ decision, expiry, today: '2026-11-26', proposals, audits: [], width });
    expect(layout.years.map((tick) => tick.year)).toEqual([2027, 2028, 2029]);
    expect(layout.years.every((tick) => tick.x > layout.certificate.decisionX && tick.x < layout.certificate.expiryX)).toBe(true);
  });

  it('shows the planned audit in its slot, widens the axis for an audit before the decision, and leaves cancelled ones out', () => {
    const planned = proposals.map((proposal) => (proposal.slot === 'surveillance_1' ? { ...proposal, plannedAuditId: 7 } : proposal));
    const audits = [
      audit(7, { startDate: '2027-01-20', endDate: '2027-01-21', cycleSlot: 'surveillance_1' }),
      audit(8, { type: 'etape_2', startDate: '2026-02-10', endDate: '2026-02-11', status: 'rapport_recu' }),
      audit(9, { type: 'complementaire', startDate: '2027-06-01', endDate: '2027-06-01', status: 'annule' }),
    ];
    const layout = layoutTimeline({ decision, expiry, today: '2026-11-26', proposals: planned, audits, width });
    expect(layout.rows.map((row) => row.audit?.id ?? row.slot)).toEqual([8, 7, 'surveillance_2', 'renouvellement']);
    const first = layout.rows[0]!;
    expect(first.marker.kind).toBe('done');
    expect(first.marker.x).toBeLessThan(layout.certificate.decisionX);
    expect(first.marker.x).toBeGreaterThanOrEqual(LABEL_GUTTER);
    expect(layout.rows[1]!.marker).toMatchObject({ kind: 'planned', date: '2027-01-20' });
  });

  it('draws today only when it falls on the axis', () => {
    expect(layoutTimeline({ decision, expiry, today: '2026-11-26', proposals, audits: [], width }).today).not.toBeNull();
    expect(layoutTimeline({ decision, expiry, today: '2035-01-01', proposals, audits: [], width }).today).toBeNull();
  });

  it('anchors labels near the right edge to the end, so they are not cut off, and keeps them off the windows', () => {
    const layout = layoutTimeline({ decision, expiry, today: '2026-11-26', proposals, audits: [], width });
    const first = layout.rows[0]!;
    const last = layout.rows.at(-1)!;
    expect(first.marker.anchor).toBe('start');
    expect(first.marker.labelX).toBeGreaterThan(first.window!.x2);
    expect(last.marker.anchor).toBe('end');
    expect(last.marker.labelX).toBeLessThan(last.window!.x1);
  });
});

describe('markerKind', () => {
  it('counts an audit as held once its status says so or its last day has passed', () => {
    expect(markerKind({ status: 'planifie', endDate: '2027-01-01' }, '2026-12-31')).toBe('planned');
    expect(markerKind({ status: 'planifie', endDate: '2026-12-30' }, '2026-12-31')).toBe('done');
    expect(markerKind({ status: 'realise', endDate: '2027-01-01' }, '2026-12-31')).toBe('done');
  });
});
