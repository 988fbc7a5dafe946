import type Database from 'better-sqlite3';
import { isExternalAudit } from '../../../shared/domain/audits';
import { responseTimeDays, responseTimeFigures } from '../../../shared/domain/complaints';
import { indicatorState } from '../../../shared/domain/indicator-state';
import { formatIndicatorValue } from '../../../shared/domain/indicator-values';
import { measurementDue, periodLabel, periodsWithin } from '../../../shared/domain/indicators';
import { nextReviewDue } from '../../../shared/domain/review';
import type { Indicator } from '../../../shared/schemas/indicators';
import type { Decision, IndicatorInput, ReviewInputs } from '../../../shared/schemas/management-review';
import type { QualityObjective } from '../../../shared/schemas/objectives';
import type { IndicatorsService } from '../indicators/service';
import { contextChanges } from '../issues/changes';
import { nonconformityStatusesOn } from '../nonconformities/on-date';
import { risksOn } from '../risks/on-date';
import { readRiskScale } from '../risks/scale';
import type { DocumentInForceRow, ReviewInputsRepository, Window } from './inputs-repository';

const LIST_LIMIT = 100;

/** The indicators followed during the window, their measurements in it, and the periods due and left unmeasured. */
const indicatorInputs = (repo: ReviewInputsRepository, all: readonly Indicator[], w: Window): IndicatorInput[] => {
  const within = repo.measurementsWithin(w);
  return all
    .filter((indicator) => (indicator.active && indicator.firstPeriod <= w.end) || within.some((m) => m.indicator_id === indicator.id))
    .map((indicator) => {
      const rules = { direction: indicator.direction, target: indicator.target, alertThreshold: indicator.alertThreshold };
      const measurements = within
        .filter((m) => m.indicator_id === indicator.id)
        .map((m) => ({
          periodStart: m.period_start,
          label: periodLabel(indicator.frequency, m.period_start),
          value: m.value,
          state: indicatorState(rules, m.value),
        }));
      const measured = new Set(measurements.map((m) => m.periodStart));
      const missing = periodsWithin(indicator.frequency, w.start, w.end)
        .filter((start) => start >= indicator.firstPeriod && !measured.has(start))
        .filter((start) => measurementDue(indicator.frequency, start, indicator.entryDelayDays) < w.asOf);
      return {
        id: indicator.id,
        name: indicator.name,
        theme: indicator.theme,
        unit: indicator.unit,
        scaleMax: indicator.scaleMax,
        direction: indicator.direction,
        frequency: indicator.frequency,
        target: indicator.target,
        alertThreshold: indicator.alertThreshold,
        measurements,
        state: indicatorState(rules, measurements.at(-1)?.value ?? null),
        missing,
      };
    });
};

/** Documents in force on the day whose review was due before it, from their version and reviews of then. */
const documentsOverdueOn = (rows: readonly DocumentInForceRow[], asOf: string): ReviewInputs['documentsOverdue'] => {
  const byDocument = new Map(rows.map((row) => [row.id, row]));
  return [...byDocument.values()]
    .flatMap((row) => {
      const last = row.last_kept !== null && row.last_kept > row.effective_date ? row.last_kept : row.effective_date;
      const due = nextReviewDue(last, row.review_period_months);
      return due !== null && due < asOf
        ? [{ id: row.id, reference: row.reference, title: row.title, nextReviewDue: due, ownerName: row.owner_name }]
        : [];
    })
    .sort((a, z) => a.nextReviewDue.localeCompare(z.nextReviewDue) || a.reference.localeCompare(z.reference))
    .slice(0, LIST_LIMIT);
};

/**
 * Objectives set by the day, due in the period or later or still in progress, with their indicators'
 * last measurement of a period begun by the period's end: a 2025 review never shows a 2026 value.
 */
const objectivesOn = (
  repo: ReviewInputsRepository,
  all: readonly Indicator[],
  objectives: readonly QualityObjective[],
  w: Window,
): ReviewInputs['objectives'] => {
  const latest = new Map(repo.latestMeasurements(w).map((m) => [m.indicator_id, m.value]));
  const byId = new Map(all.map((indicator) => [indicator.id, indicator]));
  return objectives
    .filter((objective) => objective.setOn <= w.asOf && (objective.targetDate >= w.start || objective.status === 'en_cours'))
    .map((objective) => ({
      id: objective.id,
      title: objective.title,
      ownerName: objective.ownerName,
      targetDate: objective.targetDate,
      status: objective.status,
      overdue: objective.status === 'en_cours' && objective.targetDate < w.asOf,
      indicators: objective.indicators.flatMap(({ id, name }) => {
        const indicator = byId.get(id);
        if (indicator === undefined) return [];
        const value = latest.get(id) ?? null;
        const rules = { direction: indicator.direction, target: indicator.target, alertThreshold: indicator.alertThreshold };
        return [
          {
            name,
            state: indicatorState(rules, value),
            latest: value === null ? null : formatIndicatorValue(value, indicator.unit, indicator.scaleMax),
          },
        ];
      }),
    }));
};

/**
 * Reads every input of §9.3.2 the file knows for the window, as of its day (`reviewAsOf`), from
 * business dates only; `previous` is the last review with its decisions' actions as they stood then.
 */
export const readReviewInputs = (
  db: Database.Database,
  repo: ReviewInputsRepository,
  indicators: IndicatorsService,
  w: Window,
  previous: { id: number; heldOn: string; decisions: Decision[] } | null,
  objectives: readonly QualityObjective[],
  support: (w: Window) => Pick<ReviewInputs, 'satisfaction' | 'providers' | 'competences'>,
): ReviewInputs => {
  const { audits, findings } = repo.audits(w);
  const external = new Map(audits.map((audit) => [audit.id, isExternalAudit(audit.type)]));
  const byGrade = new Map<string, { label: string; internal: number; external: number }>();
  for (const row of findings) {
    const entry = byGrade.get(row.label) ?? { label: row.label, internal: 0, external: 0 };
    if (external.get(row.audit_id)) entry.external += row.count;
    else entry.internal += row.count;
    byGrade.set(row.label, entry);
  }
  const nonconformities = repo.nonconformities(w);
  const statuses = nonconformityStatusesOn(
    db,
    nonconformities.list.map((nc) => nc.id),
    w.asOf,
  );
  const actions = repo.actions(w);
  const checks = repo.effectiveness(w);
  const complaints = repo.complaints(w);
  const answered = complaints.filter((c) => c.responded_on !== null);
  const days = answered.map((c) => responseTimeDays(c.received_on, c.responded_on) ?? 0);
  const suggestions = repo.suggestions(w);
  const allIndicators = indicators.list(true);
  return {
    periodStart: w.start,
    periodEnd: w.end,
    readOn: w.asOf,
    previousReview: previous,
    audits: audits.map((audit) => ({
      id: audit.id,
      reference: audit.reference,
      type: audit.type,
      external: isExternalAudit(audit.type),
      title: audit.title,
      startDate: audit.start_date,
      status: audit.status,
      findings: findings.filter((f) => f.audit_id === audit.id).map((f) => ({ label: f.label, count: f.count })),
    })),
    findingsByGrade: [...byGrade.values()],
    nonconformities: {
      opened: nonconformities.counts.opened,
      closed: nonconformities.counts.closed,
      openNow: nonconformities.counts.open_on,
      list: nonconformities.list.map((nc) => ({
        id: nc.id,
        reference: nc.reference,
        detectedOn: nc.detected_on,
        severity: nc.severity,
        status: statuses.get(nc.id) ?? 'a_traiter',
        description: nc.description,
      })),
    },
    actions: {
      opened: actions.counts.opened,
      completed: actions.counts.completed,
      overdue: actions.counts.overdue,
      overdueList: actions.overdue.map((a) => ({
        id: a.id,
        reference: a.reference,
        description: a.description,
        ownerName: a.owner_name,
        dueDate: a.due_date,
      })),
    },
    effectiveness: { effective: checks.effective, notEffective: checks.not_effective, pending: checks.pending },
    complaints: {
      received: complaints.length,
      answered: answered.length,
      answeredLate: answered.filter((c) => (c.responded_on ?? '') > c.response_due).length,
      unanswered: complaints.length - answered.length,
      averageResponseDays: responseTimeFigures(days)?.average ?? null,
      list: complaints.map((c) => ({
        id: c.id,
        reference: c.reference,
        receivedOn: c.received_on,
        complainantKind: c.complainant_kind,
        subject: c.subject,
        respondedOn: c.responded_on,
      })),
    },
    indicators: indicatorInputs(repo, allIndicators, w),
    objectives: objectivesOn(repo, allIndicators, objectives, w),
    documentsOverdue: documentsOverdueOn(repo.documentsPossiblyOverdue(w), w.asOf),
    suggestions: {
      received: suggestions.counts.received,
      toTriage: suggestions.counts.to_triage,
      list: suggestions.list.map((s) => ({
        id: s.id,
        reference: s.reference,
        suggestedOn: s.suggested_on,
        kind: s.kind,
        description: s.description,
        status: s.status,
      })),
    },
    context: contextChanges(db, w.start, w.asOf),
    risks: risksOn(db, w.asOf, readRiskScale(db)),
    ...support(w),
  };
};
