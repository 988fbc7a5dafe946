import { scaleTime } from 'd3-scale';
import { isHeldAudit } from '../../../../shared/domain/audits';
import type { CycleSlot } from '../../../../shared/domain/certification';
import { fromCalendarDate, type CalendarDate } from '../../../../shared/domain/dates';
import type { Audit, CycleProposal } from '../../../../shared/schemas/audits';

/** How an audit sits on the timeline: already held, planned, or only proposed by the planner. */
export type MarkerKind = 'done' | 'planned' | 'proposed';

export type TimelineRow = {
  key: string;
  /** What the row names: a slot of the cycle, or an audit's type for audits outside the slots. */
  slot: CycleSlot | null;
  audit: Pick<Audit, 'id' | 'reference' | 'type'> | null;
  y: number;
  window: { x1: number; x2: number; from: CalendarDate; to: CalendarDate } | null;
  /** `labelX`: where the marker's words start (or end), clear of the marker and of its window. */
  marker: { x: number; date: CalendarDate; kind: MarkerKind; anchor: 'start' | 'end'; labelX: number };
};

export type TimelineLayout = {
  width: number;
  height: number;
  /** Left edge of the drawing; row names sit left of it. */
  plotLeft: number;
  plotRight: number;
  axisY: number;
  years: { x: number; year: number }[];
  certificate: { y: number; decisionX: number; expiryX: number };
  alert: { y: number; x: number; date: CalendarDate; anchor: 'start' | 'end' } | null;
  today: { x: number } | null;
  rows: TimelineRow[];
};

export type TimelineAudit = Pick<
  Audit,
  'id' | 'reference' | 'type' | 'startDate' | 'endDate' | 'status' | 'cycleSlot' | 'windowStart' | 'windowEnd'
>;

export type TimelineInput = {
  decision: CalendarDate;
  expiry: CalendarDate;
  today: CalendarDate;
  proposals: readonly CycleProposal[];
  audits: readonly TimelineAudit[];
  width: number;
};

export const ROW_HEIGHT = 44;
export const LABEL_GUTTER = 170;
const TOP = 52;
const RIGHT_PAD = 24;
const MARGIN_DAYS = 60;
const DAY_MS = 86_400_000;
const LABEL_GAP = 12;

/** An audit counts as held once its status says so, or once its last day is behind us. */
export const markerKind = (audit: Pick<TimelineAudit, 'status' | 'endDate'>, today: CalendarDate): MarkerKind =>
  isHeldAudit(audit.status) || audit.endDate < today ? 'done' : 'planned';

/**
 * Where everything of a certification cycle goes on a time axis: the certificate from decision to
 * expiry, the renewal alert, one row per audit of the cycle (its target window and its date), and
 * today. Dates outside the cycle widen the axis rather than fall off it. Cancelled audits are left out.
 */
export const layoutTimeline = ({ decision, expiry, today, proposals, audits, width }: TimelineInput): TimelineLayout => {
  const live = audits.filter((audit) => audit.status !== 'annule');
  const bySlot = new Map(live.filter((audit) => audit.cycleSlot !== null).map((audit) => [audit.cycleSlot, audit]));
  const plannedIds = new Set(proposals.map((proposal) => proposal.plannedAuditId).filter((id) => id !== null));

  type Draft = Omit<TimelineRow, 'y' | 'window' | 'marker'> & {
    window: { from: CalendarDate; to: CalendarDate } | null;
    date: CalendarDate;
    kind: MarkerKind;
  };
  const drafts: Draft[] = proposals.map((proposal) => {
    const audit = live.find((candidate) => candidate.id === proposal.plannedAuditId) ?? bySlot.get(proposal.slot) ?? null;
    return {
      key: `slot-${proposal.slot}`,
      slot: proposal.slot,
      audit,
      window: { from: proposal.windowStart, to: proposal.windowEnd },
      date: audit ? audit.startDate : proposal.proposedDate,
      kind: audit ? markerKind(audit, today) : 'proposed',
    };
  });
  const inSlots = new Set(drafts.map((draft) => draft.audit?.id));
  for (const audit of live) {
    if (inSlots.has(audit.id) || plannedIds.has(audit.id)) continue;
    drafts.push({
      key: `audit-${audit.id}`,
      slot: null,
      audit,
      window: audit.windowStart && audit.windowEnd ? { from: audit.windowStart, to: audit.windowEnd } : null,
      date: audit.startDate,
      kind: markerKind(audit, today),
    });
  }
  drafts.sort((a, b) => (a.date === b.date ? a.key.localeCompare(b.key) : a.date < b.date ? -1 : 1));

  const renewal = proposals.find((proposal) => proposal.slot === 'renouvellement') ?? null;
  const dates = [decision, expiry, ...drafts.flatMap((draft) => [draft.date, draft.window?.from, draft.window?.to])]
    .filter((date): date is CalendarDate => typeof date === 'string')
    .map((date) => fromCalendarDate(date).getTime());
  const from = new Date(Math.min(...dates) - MARGIN_DAYS * DAY_MS);
  const to = new Date(Math.max(...dates) + MARGIN_DAYS * DAY_MS);
  const plotLeft = LABEL_GUTTER;
  const plotRight = width - RIGHT_PAD;
  const x = scaleTime().domain([from, to]).range([plotLeft, plotRight]);
  const at = (date: CalendarDate) => Math.round(x(fromCalendarDate(date)) * 10) / 10;
  // Labels run rightwards, except near the right edge where they would be cut off.
  const anchor = (position: number): 'start' | 'end' => (position > plotLeft + (plotRight - plotLeft) * 0.72 ? 'end' : 'start');

  const certificateY = TOP + ROW_HEIGHT / 2;
  const alertRows = renewal ? 1 : 0;
  const firstAuditY = certificateY + ROW_HEIGHT * (1 + alertRows);
  const rows: TimelineRow[] = drafts.map((draft, index) => {
    const x1 = draft.window ? at(draft.window.from) : null;
    const x2 = draft.window ? at(draft.window.to) : null;
    const markerX = at(draft.date);
    const side = anchor(markerX);
    const labelX = side === 'start' ? Math.max(markerX, x2 ?? markerX) + LABEL_GAP : Math.min(markerX, x1 ?? markerX) - LABEL_GAP;
    return {
      key: draft.key,
      slot: draft.slot,
      audit: draft.audit ? { id: draft.audit.id, reference: draft.audit.reference, type: draft.audit.type } : null,
      y: firstAuditY + index * ROW_HEIGHT,
      window: draft.window && x1 !== null && x2 !== null ? { x1, x2, ...draft.window } : null,
      marker: { x: markerX, date: draft.date, kind: draft.kind, anchor: side, labelX },
    };
  });

  const years: { x: number; year: number }[] = [];
  for (let year = from.getFullYear() + 1; year <= to.getFullYear(); year += 1) {
    years.push({ x: Math.round(x(new Date(year, 0, 1)) * 10) / 10, year });
  }
  const todayTime = fromCalendarDate(today).getTime();
  return {
    width,
    height: firstAuditY + rows.length * ROW_HEIGHT - ROW_HEIGHT / 2 + 8,
    plotLeft,
    plotRight,
    axisY: 16,
    years,
    certificate: { y: certificateY, decisionX: at(decision), expiryX: at(expiry) },
    alert: renewal
      ? { y: certificateY + ROW_HEIGHT, x: at(renewal.alertDate), date: renewal.alertDate, anchor: anchor(at(renewal.alertDate)) }
      : null,
    today: todayTime >= from.getTime() && todayTime <= to.getTime() ? { x: at(today) } : null,
    rows,
  };
};
